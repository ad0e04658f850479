import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Batch, BatchLine } from '../../../electron/contract/allowanceBatches';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi, useApiMutation } from '../../api/hooks';
import { DateField, MoneyField, SelectField, TextareaField } from '../../forms/fields';
import { StudentSearchField } from '../../forms/StudentSearchField';
import { RecordFormModal } from '../../records/RecordFormModal';
import { yuan } from '../../format';

/** What can be done to a draft's lines, and an objection to any line once the notice is up. */
export type LineDialog = { kind: 'change' | 'remove' | 'objection'; line: BatchLine } | { kind: 'add' } | { kind: 'reversal' };

interface Props {
  dialog: LineDialog;
  batch: Batch;
  onReloadLatest(): void;
  onClose(): void;
}

export function LineDialogs({ dialog, batch, onReloadLatest, onClose }: Props) {
  const { t } = useTranslation('allowances');
  const change = useApiMutation('allowances.changeLine', { notifyErrors: false });
  const remove = useApiMutation('allowances.removeLine', { notifyErrors: false });
  const objection = useApiMutation('allowances.addObjection', { notifyErrors: false });
  const add = useApiMutation('allowances.addLine', { notifyErrors: false });
  const ref = { batchId: batch.id, version: batch.version };
  const common = { opened: true, labels: 'allowances', formKey: `${dialog.kind}@${batch.version}`, onReloadLatest, onClose };
  const amountLabel = t('fields.lineAmount');

  if (dialog.kind === 'add')
    return (
      <RecordFormModal
        {...common}
        title={t('lines.addTitle')}
        initialValues={{ studentId: null as number | null, amountFen: null as number | null, reason: '' }}
        onSave={(v) => add.mutateAsync({ ...ref, studentId: v.studentId ?? 0, amountFen: v.amountFen ?? 0, reason: v.reason })}
      >
        {(form) => (
          <>
            <Text size="sm">{t('lines.addHint')}</Text>
            <StudentSearchField form={form} name="studentId" />
            <MoneyField form={form} name="amountFen" label={amountLabel} required />
            <TextareaField form={form} name="reason" required autosize minRows={2} />
          </>
        )}
      </RecordFormModal>
    );
  if (dialog.kind === 'reversal') return <ReversalModal {...{ batch, onReloadLatest, onClose }} />;

  const { line } = dialog;
  if (dialog.kind === 'change')
    return (
      <RecordFormModal
        {...common}
        title={t('lines.changeTitle', { name: line.name })}
        initialValues={{ amountFen: Math.abs(line.amountFen) as number | null, reason: '' }}
        onSave={(v) => change.mutateAsync({ ...ref, lineId: line.id, amountFen: v.amountFen ?? 0, reason: v.reason })}
      >
        {(form) => (
          <>
            <MoneyField form={form} name="amountFen" label={amountLabel} required data-autofocus />
            <TextareaField form={form} name="reason" required autosize minRows={2} />
          </>
        )}
      </RecordFormModal>
    );
  if (dialog.kind === 'remove')
    return (
      <RecordFormModal
        {...common}
        title={t('lines.removeTitle', { name: line.name })}
        saveLabel={t('lines.remove')}
        initialValues={{ reason: '' }}
        onSave={({ reason }) => remove.mutateAsync({ ...ref, lineId: line.id, reason })}
      >
        {(form) => <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />}
      </RecordFormModal>
    );
  return (
    <RecordFormModal
      {...common}
      title={t('lines.objectionTitle', { name: line.name })}
      initialValues={{ receivedOn: chinaToday(new Date()), content: '' }}
      onSave={(v) => objection.mutateAsync({ lineId: line.id, ...v })}
    >
      {(form) => (
        <>
          <DateField form={form} name="receivedOn" required />
          <TextareaField form={form} name="content" required autosize minRows={3} data-autofocus />
        </>
      )}
    </RecordFormModal>
  );
}

/** 冲减: a student, then one of their paid lines of this policy with something left to take back. */
function ReversalModal({ batch, onReloadLatest, onClose }: Omit<Props, 'dialog'>) {
  const { t } = useTranslation('allowances');
  const reverse = useApiMutation('allowances.addReversal', { notifyErrors: false });
  const [studentId, setStudentId] = useState<number | null>(null);
  const ledger = useApi('allowances.ledger', { studentId: studentId ?? 0 }, { enabled: studentId !== null });
  const paid = (ledger.data?.lines ?? []).filter(
    (l) => l.policyId === batch.policyId && l.status === 'paid' && !l.reverses && l.amountFen - l.reversedFen > 0,
  );
  const options = paid.map((l) => ({
    value: l.lineId,
    label: t('lines.reversalOption', { batchNo: l.batchNo, period: l.period, amount: yuan(l.amountFen), room: yuan(l.amountFen - l.reversedFen) }),
  }));
  return (
    <RecordFormModal
      opened
      labels="allowances"
      formKey={`reversal@${batch.version}`}
      title={t('lines.reversalTitle')}
      initialValues={{ studentId: null as number | null, lineId: null as number | null, amountFen: null as number | null, reason: '' }}
      onSave={(v) => reverse.mutateAsync({ batchId: batch.id, version: batch.version, lineId: v.lineId ?? 0, amountFen: v.amountFen ?? 0, reason: v.reason })}
      onReloadLatest={onReloadLatest}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Text size="sm">{t('lines.reversalHint')}</Text>
          <StudentSearchField
            form={form}
            name="studentId"
            onPick={(id) => {
              setStudentId(id);
              form.setFieldValue('lineId', null);
            }}
          />
          {studentId !== null && ledger.data && options.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="reversal-none">
              {t('lines.reversalNone')}
            </Text>
          ) : (
            <SelectField form={form} name="lineId" data={options} required disabled={studentId === null} />
          )}
          <MoneyField form={form} name="amountFen" label={t('fields.lineAmount')} required />
          <TextareaField form={form} name="reason" required autosize minRows={2} />
        </>
      )}
    </RecordFormModal>
  );
}
