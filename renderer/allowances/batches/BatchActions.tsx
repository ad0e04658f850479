import { Button, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconCash, IconCheck, IconSend, IconSpeakerphone, IconTrash } from '@tabler/icons-react';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Batch } from '../../../electron/contract/allowanceBatches';
import { startsFrom, type ForwardAction } from '../../../electron/contract/allowanceWorkflow';
import { chinaToday } from '../../../electron/contract/dates';
import { useApiMutation } from '../../api/hooks';
import { useCurrentUser } from '../../auth/session';
import { useCanCall } from '../../auth/permissions';
import { DateField, TextareaField, TextField } from '../../forms/fields';
import { ConfirmDialog } from '../../records/ConfirmDialog';
import { RecordFormModal } from '../../records/RecordFormModal';
import { yuan } from '../../format';

type Dialog = ForwardAction | 'return' | 'notice' | 'pay' | 'discard';

interface Props {
  batch: Batch;
  onReloadLatest(): void;
}

/** The steps the batch can take now, for whoever may take them; the backend decides, the buttons only offer. */
export function BatchActions({ batch, onReloadLatest }: Props) {
  const { t } = useTranslation('allowances');
  const user = useCurrentUser();
  const [open, setOpen] = useState<Dialog | null>(null);
  if (!useCanCall('allowances.forward')) return null;

  const { status } = batch;
  const lastSubmitter = batch.steps.findLast((s) => s.action === 'submit')?.userId;
  // Separation of duties: said on the button before anyone tries.
  const samePerson = batch.preparedBy === user.id || lastSubmitter === user.id;
  const can = (action: ForwardAction) => startsFrom(action, batch.reviewStep).includes(status);
  const noticeNeeded = batch.noticeDays > 0 && (status === 'submitted' || status === 'reviewed');
  const checkButton = (action: 'review' | 'approve', icon: ReactElement) => (
    <Tooltip label={t('workflow.samePerson')} disabled={!samePerson}>
      <Button leftSection={icon} disabled={samePerson} onClick={() => setOpen(action)} data-testid={`batch-${action}`}>
        {t(`workflow.${action}`)}
      </Button>
    </Tooltip>
  );

  return (
    <>
      <Group gap="xs">
        {can('submit') && (
          <Button leftSection={<IconSend size={16} />} onClick={() => setOpen('submit')} disabled={batch.lineCount === 0} data-testid="batch-submit">
            {t('workflow.submit')}
          </Button>
        )}
        {can('review') && checkButton('review', <IconCheck size={16} />)}
        {can('approve') && checkButton('approve', <IconCheck size={16} />)}
        {noticeNeeded && (
          <Button variant="light" leftSection={<IconSpeakerphone size={16} />} onClick={() => setOpen('notice')} data-testid="batch-notice">
            {t('workflow.notice')}
          </Button>
        )}
        {(status === 'submitted' || status === 'reviewed') && (
          <Button variant="default" leftSection={<IconArrowBackUp size={16} />} onClick={() => setOpen('return')} data-testid="batch-return">
            {t('workflow.return')}
          </Button>
        )}
        {status === 'approved' && (
          <Button leftSection={<IconCash size={16} />} onClick={() => setOpen('pay')} data-testid="batch-pay">
            {t('workflow.pay')}
          </Button>
        )}
        {status === 'draft' && (
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => setOpen('discard')} data-testid="batch-discard">
            {t('workflow.discard')}
          </Button>
        )}
      </Group>
      {open && <StepDialog dialog={open} batch={batch} onReloadLatest={onReloadLatest} onClose={() => setOpen(null)} />}
    </>
  );
}

function StepDialog({ dialog, batch, onReloadLatest, onClose }: { dialog: Dialog } & Props & { onClose(): void }) {
  const { t } = useTranslation('allowances');
  const forward = useApiMutation('allowances.forward', { notifyErrors: false });
  const giveBack = useApiMutation('allowances.returnBatch', { notifyErrors: false });
  const notice = useApiMutation('allowances.postNotice', { notifyErrors: false });
  const pay = useApiMutation('allowances.markPaid', { notifyErrors: false });
  const discard = useApiMutation('allowances.discardBatch', { notifyErrors: false });
  const navigate = useNavigate();
  const ref = { id: batch.id, version: batch.version };
  const today = chinaToday(new Date());
  const common = {
    opened: true,
    labels: 'allowances',
    formKey: `${dialog}@${batch.version}`,
    title: `${t(`workflow.${dialog}`)} · ${batch.batchNo}`,
    saveLabel: t(`workflow.${dialog}`),
    savedMessage: t(`workflow.done.${dialog}`),
    onReloadLatest,
    onClose,
  };
  const sums = { count: batch.lineCount, total: yuan(batch.totalFen) };

  if (dialog === 'discard')
    return (
      <ConfirmDialog
        opened
        danger
        title={common.title}
        message={t('workflow.discardConfirm', { batchNo: batch.batchNo, count: batch.lineCount })}
        confirmLabel={t('workflow.discard')}
        doneMessage={t('workflow.done.discard')}
        failedTitle={t('workflow.failed')}
        onConfirm={async () => {
          await discard.mutateAsync(ref);
          navigate('/allowances/batches');
        }}
        onClose={onClose}
      />
    );
  if (dialog === 'return')
    return (
      <RecordFormModal {...common} initialValues={{ reason: '' }} onSave={({ reason }) => giveBack.mutateAsync({ ...ref, reason })}>
        {(form) => (
          <>
            <Text size="sm">{t('workflow.returnHint')}</Text>
            <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />
          </>
        )}
      </RecordFormModal>
    );
  if (dialog === 'notice')
    return (
      <RecordFormModal {...common} initialValues={{ from: batch.noticeFrom ?? today }} onSave={({ from }) => notice.mutateAsync({ ...ref, from })}>
        {(form) => (
          <>
            <Text size="sm">{t('workflow.noticeHint', { days: batch.noticeDays })}</Text>
            <DateField form={form} name="from" required />
          </>
        )}
      </RecordFormModal>
    );
  if (dialog === 'pay')
    return (
      <RecordFormModal {...common} initialValues={{ paidOn: today, bankRef: '' }} onSave={(v) => pay.mutateAsync({ ...ref, ...v })}>
        {(form) => (
          <>
            <Text size="sm">{t('workflow.payHint')}</Text>
            <DateField form={form} name="paidOn" required />
            <TextField form={form} name="bankRef" required />
          </>
        )}
      </RecordFormModal>
    );
  return (
    <RecordFormModal {...common} initialValues={{ note: '' }} onSave={({ note }) => forward.mutateAsync({ ...ref, action: dialog, note })}>
      {(form) => (
        <>
          <Text size="sm">{t(`workflow.${dialog}Confirm`, sums)}</Text>
          <TextareaField form={form} name="note" autosize minRows={2} />
        </>
      )}
    </RecordFormModal>
  );
}
