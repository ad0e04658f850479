import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../../electron/contract/followups';
import { useApiMutation } from '../../api/hooks';
import { TextareaField } from '../../forms/fields';
import { currentLocale } from '../../i18n';
import { RecordFormModal } from '../../records/RecordFormModal';
import { monthLabel } from '../shared/months';

interface Props {
  followUp: FollowUp;
  onReloadLatest(): void;
  onClose(): void;
}

/** 完成: asks what came of the follow-up; who and when are recorded by the backend. */
export function CompleteFollowUpModal({ followUp, onReloadLatest, onClose }: Props) {
  const { t } = useTranslation('checkins');
  const complete = useApiMutation('checkins.completeFollowUp', { notifyErrors: false });
  return (
    <RecordFormModal
      opened
      labels="checkins"
      title={t('followups.completeTitle', { name: followUp.studentName, month: monthLabel(followUp.month, currentLocale()) })}
      formKey={`${followUp.checkinId}@${followUp.version}`}
      initialValues={{ outcome: '' }}
      onSave={({ outcome }) => complete.mutateAsync({ checkinId: followUp.checkinId, version: followUp.version, outcome })}
      onReloadLatest={onReloadLatest}
      savedMessage={t('followups.completed')}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Paper withBorder p="sm" bg="var(--mantine-color-gray-light)">
            <Text size="xs" c="dimmed">
              {t('fields.followUp')}
              {followUp.followUpDue && ` · ${t('followups.columns.due')} ${followUp.followUpDue}`}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {followUp.followUp}
            </Text>
          </Paper>
          <TextareaField form={form} name="outcome" required autosize minRows={3} maxRows={8} data-autofocus />
        </>
      )}
    </RecordFormModal>
  );
}
