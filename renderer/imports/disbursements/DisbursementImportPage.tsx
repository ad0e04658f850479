import { Alert, Stack, Text, Title } from '@mantine/core';
import { IconCoinYuan } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISBURSEMENT_IMPORT_FIELDS, type DisbursementImportPreview } from '../../../electron/contract/importDisbursements';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { ImportHistory } from '../history/ImportHistory';
import { ImportWizard } from '../wizard/ImportWizard';
import type { ImportSpec } from '../wizard/spec';
import { DisbursementTerms, termsFilled, type Terms } from './DisbursementTerms';

const SPEC: ImportSpec = {
  kind: 'disbursements',
  fields: DISBURSEMENT_IMPORT_FIELDS,
  preview: 'imports.previewDisbursements',
  run: 'imports.importDisbursements',
  template: 'disbursements',
  doneLink: '/allowances/batches',
};

/**
 * 导入历史发放表: last years' 发放表, one policy's payments for one period each, brought in as a paid
 * batch so that caps, ledgers and yearly totals count them. The policy, period and day paid are
 * chosen first and hold for the whole file.
 */
export function DisbursementImportPage() {
  const { t } = useTranslation('imports');
  const policies = useApi('allowances.policies', {});
  const [terms, setTerms] = useState<Terms>({ policyId: null, period: '', paidOn: null, bankRef: '' });
  const [busy, setBusy] = useState(false);
  const policy = policies.data?.find((p) => p.id === terms.policyId);
  const options = useMemo(
    () => ({ policyId: terms.policyId, period: terms.period.trim(), paidOn: terms.paidOn, bankRef: terms.bankRef.trim() }),
    [terms],
  );

  return (
    <Stack gap="md" data-testid="disbursement-import">
      <div>
        <Title order={2}>{t('kinds.disbursements.title')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('disbursements.intro')}
        </Text>
      </div>
      <DisbursementTerms policies={policies.data ?? []} terms={terms} onChange={setTerms} disabled={busy} />
      {policy && termsFilled(terms) ? (
        <ImportWizard<DisbursementImportPreview>
          spec={SPEC}
          options={options}
          onActive={setBusy}
          aside={(preview) => (
            <Alert color="teal" icon={<IconCoinYuan size={18} />} data-testid="disbursement-total">
              {t('disbursements.total', { count: preview.counts.new, total: yuan(preview.totalFen) })}
            </Alert>
          )}
          confirmNotes={(preview) => [t('disbursements.confirmNote', { policy: policy.name, period: options.period, total: yuan(preview.totalFen) })]}
        />
      ) : (
        <Text size="sm" c="dimmed" data-testid="disbursement-fill-first">
          {t('disbursements.fillFirst')}
        </Text>
      )}
      {!busy && <ImportHistory kind="disbursements" />}
    </Stack>
  );
}
