import { useTranslation } from 'react-i18next';
import type { BatchStatus } from '../../../electron/contract/allowanceBatches';
import type { SheetHeader } from '../../../electron/contract/allowanceSheets';
import { currentLocale } from '../../i18n';

/** 2026-11-23 as the papers write a day: 2026年11月23日. */
export function dayText(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(currentLocale(), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** A batch's period in words: 2026年11月, 2026—2027学年第一学期, 2026—2027学年, or the day of a one-off. */
export function usePeriodText() {
  const { t } = useTranslation('allowances');
  return ({ policyPeriod, period }: Pick<SheetHeader, 'policyPeriod' | 'period'>): string => {
    const year = Number(period.slice(0, 4));
    const next = year + 1;
    if (policyPeriod === 'monthly') return t('sheets.period.monthly', { year, month: Number(period.slice(5, 7)) });
    if (policyPeriod === 'once') return dayText(period);
    if (policyPeriod === 'year') return t('sheets.period.year', { year, next });
    return t(period.endsWith('-2') ? 'sheets.period.term2' : 'sheets.period.term1', { year, next });
  };
}

/** What every paper of a batch says under its title, and the name a saved PDF is offered under. */
export function useSheetHeading(head: SheetHeader | undefined, title: (policy: string) => string, fallback: string) {
  const { t } = useTranslation('allowances');
  const periodText = usePeriodText();
  if (!head) return { title: fallback, subtitle: undefined, fileName: fallback };
  const full = title(head.policyName);
  return {
    title: full,
    subtitle: t('sheets.subtitle', { policy: head.policyName, period: periodText(head), batchNo: head.batchNo }),
    fileName: t('sheets.fileName', { title: full, batchNo: head.batchNo }),
  };
}

/** Statuses a batch is paid from: a sheet printed before approval says it is for checking only. */
const APPROVED: readonly BatchStatus[] = ['approved', 'paid'];

export function useCheckingNote(status: BatchStatus | undefined): string | undefined {
  const { t } = useTranslation('allowances');
  return status && !APPROVED.includes(status) ? t('sheets.unapproved', { status: t(`batchStatus.${status}`) }) : undefined;
}
