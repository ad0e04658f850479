import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { StatusEventRow, Student } from '../../../electron/contract/students';
import { showFieldErrors, useApiMutation } from '../../api/hooks';
import { useEnumLabel } from '../shared/options';
import { contractValidator } from '../../forms/contractValidator';
import { ReasonField } from './ReasonField';
import { strayErrors } from './StatusChangeModal';

/**
 * 撤销 the latest status event, entered wrongly: it stays in the history, marked, and the student
 * is back in the status `previous` left them in. The reason is required and kept.
 */
export function VoidStatusModal({ student, event, previous, onClose }: { student: Student; event: StatusEventRow; previous: StatusEventRow; onClose: () => void }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const target = { id: student.id, version: student.version, eventId: event.id };
  const form = useForm({ initialValues: { voidReason: '' }, validate: contractValidator('students.voidStatus', (v: { voidReason: string }) => ({ ...v, ...target })) });
  const withdraw = useApiMutation('students.voidStatus', { notifyErrors: false });

  return (
    <Modal opened onClose={onClose} title={t('fixStatus.withdrawTitle', { name: student.name })} size="md">
      <form
        noValidate
        onSubmit={form.onSubmit(({ voidReason }) =>
          withdraw.mutate(
            { ...target, voidReason },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('fixStatus.withdrawn') });
                onClose();
              },
              onError: (e) => showFieldErrors(form, e),
            },
          ),
        )}
      >
        <Stack gap="sm">
          {strayErrors(withdraw.error, form.values).map((message) => (
            <Alert key={message} color="red">
              {message}
            </Alert>
          ))}
          <div>
            <Text size="sm" fw={500}>
              {t('fixStatus.eventToWithdraw', { date: event.date, event: label('event', event.event) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('fixStatus.withdrawHint', { status: label('status', previous.toStatus), date: previous.date })}
            </Text>
          </div>
          <ReasonField name="voidReason" label={t('fixStatus.withdrawReason')} placeholder={t('fixStatus.reasonPlaceholder')} {...form.getInputProps('voidReason')} />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" color="red" data-testid="status-void-confirm" loading={withdraw.isPending}>
              {t('history.withdraw')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
