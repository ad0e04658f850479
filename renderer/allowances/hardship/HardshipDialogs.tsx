import { Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AskingCheckin, HardshipRequest } from '../../../electron/contract/hardship';
import { useApi, useApiMutation } from '../../api/hooks';
import { MoneyField, SelectField, TextareaField } from '../../forms/fields';
import { StudentSearchField } from '../../forms/StudentSearchField';
import { RecordFormModal } from '../../records/RecordFormModal';
import { yuan } from '../../format';

/** A new request: the student (given when it comes from a check-in), the policy, the amount and why. */
export function RequestModal({ from, onClose }: { from?: AskingCheckin; onClose(): void }) {
  const { t } = useTranslation('allowances');
  const request = useApiMutation('hardship.request', { notifyErrors: false });
  const policies = useApi('allowances.policies', {});
  // Only cash policies for chosen students are paid on request; 临时困难补助 first.
  const choices = (policies.data ?? []).filter((p) => p.kind === 'cash' && p.eligibility === 'chosen' && p.active);
  const preferred = choices.find((p) => p.period === 'once') ?? choices[0];
  if (!policies.data) return null;
  return (
    <RecordFormModal
      opened
      labels="allowances"
      formKey={`request-${from?.checkinId ?? 'new'}`}
      title={from ? t('hardship.titleFrom', { name: from.studentName, month: from.month }) : t('hardship.new')}
      saveLabel={t('hardship.submit')}
      savedMessage={t('hardship.requested')}
      initialValues={{
        studentId: (from?.studentId ?? null) as number | null,
        policyId: (preferred?.id ?? null) as number | null,
        amountFen: null as number | null,
        reason: from?.notes ?? '',
      }}
      onSave={(v) => request.mutateAsync({ ...v, studentId: v.studentId ?? 0, policyId: v.policyId ?? 0, amountFen: v.amountFen ?? 0, checkinId: from?.checkinId ?? null })}
      onClose={onClose}
    >
      {(form) => (
        <>
          {from ? (
            <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
              <Text size="sm">
                {from.studentName} · {from.className} · {from.counsellorName}
              </Text>
            </Paper>
          ) : (
            <StudentSearchField form={form} name="studentId" />
          )}
          <SelectField form={form} name="policyId" required data={choices.map((p) => ({ value: p.id, label: p.name }))} />
          <MoneyField form={form} name="amountFen" label={t('fields.lineAmount')} required />
          <TextareaField form={form} name="reason" required autosize minRows={3} />
        </>
      )}
    </RecordFormModal>
  );
}

/** 批准 or 不批准 (with why); the backend refuses whoever made the request. */
export function DecideModal({ request: r, onClose }: { request: HardshipRequest; onClose(): void }) {
  const { t } = useTranslation('allowances');
  const decide = useApiMutation('hardship.decide', { notifyErrors: false });
  const [approve, setApprove] = useState(true);
  return (
    <RecordFormModal
      opened
      labels="allowances"
      formKey={`decide-${r.id}@${r.version}`}
      title={t('hardship.decideTitle', { name: r.studentName, policy: r.policyName, amount: yuan(r.amountFen) })}
      saveLabel={t(approve ? 'hardship.approve' : 'hardship.reject')}
      savedMessage={t(approve ? 'hardship.approved' : 'hardship.rejected')}
      initialValues={{ note: '' }}
      onSave={({ note }) => decide.mutateAsync({ id: r.id, version: r.version, approve, note })}
      onClose={onClose}
    >
      {(form) => (
        <Stack gap="sm">
          <Text size="sm">{r.reason}</Text>
          <SegmentedControl
            value={approve ? 'yes' : 'no'}
            onChange={(v) => setApprove(v === 'yes')}
            data={[
              { value: 'yes', label: t('hardship.approve') },
              { value: 'no', label: t('hardship.reject') },
            ]}
            data-testid="hardship-verdict"
          />
          <TextareaField form={form} name="note" required={!approve} autosize minRows={2} />
        </Stack>
      )}
    </RecordFormModal>
  );
}
