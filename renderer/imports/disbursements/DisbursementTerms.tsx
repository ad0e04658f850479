import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentPeriod } from '../../../electron/contract/allowancePeriods';
import type { Policy } from '../../../electron/contract/allowancePolicies';
import { isRealIsoDate } from '../../../electron/contract/dates';
import { formatMessage } from '../../../electron/contract/messages';
import { IsoDateInput } from '../../forms/IsoDateInput';
import { today } from '../../format';
import { currentLocale } from '../../i18n';

/** What a past 发放表 was: the policy paid, the period as batches name it, the day the bank paid, its reference. */
export interface Terms {
  policyId: number | null;
  period: string;
  /** an ISO date, or the text typed while it is none */
  paidOn: string | null;
  bankRef: string;
}

/** The terms every line of the file is imported under, all there and a real day not after today. */
export const termsFilled = (terms: Terms): boolean =>
  terms.policyId !== null && terms.period.trim() !== '' && terms.paidOn !== null && isRealIsoDate(terms.paidOn) && terms.paidOn <= today();

interface Props {
  policies: readonly Policy[];
  terms: Terms;
  onChange(terms: Terms): void;
  /** locked while a file is under way: its preview was checked under these */
  disabled: boolean;
}

/** 资助项目, 期间 (with the batch form's hint for the policy's kind), 发放日期 and 银行流水号, chosen before the file. */
export function DisbursementTerms({ policies, terms, onChange, disabled }: Props) {
  const { t } = useTranslation('imports');
  const { t: tA } = useTranslation('allowances');
  const policy = policies.find((p) => p.id === terms.policyId) ?? null;
  const day = today();
  const set = (change: Partial<Terms>) => onChange({ ...terms, ...change });
  const paidOnError =
    terms.paidOn === null || terms.paidOn === ''
      ? undefined
      : !isRealIsoDate(terms.paidOn)
        ? formatMessage(currentLocale(), 'date_format')
        : terms.paidOn > day
          ? formatMessage(currentLocale(), 'date_future', { today: day })
          : undefined;
  return (
    // The inputs in line, whether or not a hint sits above them.
    <SimpleGrid cols={{ base: 1, sm: 2 }} maw={900} style={{ alignItems: 'end' }}>
      <Select
        label={t('disbursements.policy')}
        withAsterisk
        // active ones first, as the policies come
        data={policies.map((p) => ({ value: String(p.id), label: p.active ? p.name : t('disbursements.inactive', { name: p.name }) }))}
        value={terms.policyId === null ? null : String(terms.policyId)}
        onChange={(id) => set({ policyId: id === null ? null : Number(id) })}
        searchable
        disabled={disabled}
        data-testid="disbursement-policy"
      />
      <TextInput
        label={t('disbursements.period')}
        withAsterisk
        value={terms.period}
        onChange={(e) => set({ period: e.currentTarget.value })}
        description={policy ? tA(`batches.periodHint.${policy.period}`, { example: currentPeriod(policy.period, day), year: day.slice(0, 4) }) : undefined}
        disabled={disabled || !policy}
        data-testid="disbursement-period"
      />
      <IsoDateInput
        label={t('disbursements.paidOn')}
        withAsterisk
        value={terms.paidOn}
        onChange={(paidOn) => set({ paidOn })}
        maxDate={day}
        error={paidOnError}
        disabled={disabled}
        data-testid="disbursement-paid-on"
      />
      <TextInput
        label={t('disbursements.bankRef')}
        description={t('disbursements.bankRefHint')}
        value={terms.bankRef}
        onChange={(e) => set({ bankRef: e.currentTarget.value })}
        maxLength={50}
        disabled={disabled}
        data-testid="disbursement-bank-ref"
      />
    </SimpleGrid>
  );
}
