import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS, type StatusEvent, type StatusEventRow, type Student, type StudentStatus } from '../../../electron/contract/students';
import type { ApiError } from '../../api/client';
import { showFieldErrors, useApiMutation } from '../../api/hooks';
import { IsoDateInput } from '../../forms/IsoDateInput';
import { visibleInputName } from '../../forms/visibleInputName';
import { today } from '../../format';
import { useEnumLabel } from '../shared/options';
import { StatusBadge } from '../shared/StatusBadge';
import { contractValidator } from '../../forms/contractValidator';
import { ReasonField } from './ReasonField';

type ChangeEvent = Exclude<StatusEvent, 'enrol'>;

/** The events allowed from a status (休学, 复学, 退学, 毕业, 结业). */
export function eventsFrom(status: StudentStatus): ChangeEvent[] {
  return Object.keys(TRANSITIONS[status]) as ChangeEvent[];
}

/** The events allowed from the student's current status. */
export function allowedEvents(student: Student): ChangeEvent[] {
  return eventsFrom(student.status);
}

interface Values {
  event: ChangeEvent | null;
  date: string | null;
  reason: string;
  voidReason: string;
}

/** Problems the form has no field for (the event to correct is no longer the latest): shown above it. */
export function strayErrors(error: ApiError | null, fields: object): string[] {
  if (!error) return [];
  if (!error.fields.length) return [error.message];
  return error.fields.filter((f) => !(f.field in fields)).map((f) => f.message);
}

/**
 * 变更状态: one allowed event, its date (today by default, never later) and a reason, sent with
 * the version read. With `correcting`, the same for the latest event entered wrongly: filled in
 * from it, starting from the status before it, with the reason for the correction.
 */
export function StatusChangeModal({ student, correcting, onClose }: { student: Student; correcting?: StatusEventRow; onClose: () => void }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const from = correcting?.fromStatus ?? student.status;
  const target = { id: student.id, version: student.version, ...(correcting ? { eventId: correcting.id } : {}) };
  const form = useForm<Values>({
    initialValues: correcting
      ? { event: correcting.event as ChangeEvent, date: correcting.date, reason: correcting.reason, voidReason: '' }
      : { event: null, date: today(), reason: '', voidReason: '' },
    validate: contractValidator(correcting ? 'students.correctStatus' : 'students.changeStatus', (v: Values) => ({ ...v, ...target })),
  });
  const change = useApiMutation('students.changeStatus', { notifyErrors: false });
  const correct = useApiMutation('students.correctStatus', { notifyErrors: false });
  const pending = correcting ? correct : change;
  const { event } = form.values;
  const to = event ? TRANSITIONS[from][event] : undefined;

  const submit = ({ event, date, reason, voidReason }: Values) => {
    const done = {
      onSuccess: () => {
        notifications.show({ color: 'teal', message: correcting ? t('fixStatus.corrected') : t('changeStatus.done', { event: label('event', event!) }) });
        onClose();
      },
      onError: (e: ApiError) => showFieldErrors(form, e),
    };
    const entered = { event: event!, date: date!, reason };
    if (correcting) correct.mutate({ ...target, eventId: correcting.id, voidReason, ...entered }, done);
    else change.mutate({ ...target, ...entered }, done);
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={correcting ? t('fixStatus.correctTitle', { name: student.name }) : t('changeStatus.title', { name: student.name })}
      size="md"
    >
      <form noValidate onSubmit={form.onSubmit(submit)}>
        <Stack gap="sm">
          {strayErrors(pending.error, form.values).map((message) => (
            <Alert key={message} color="red">
              {message}
            </Alert>
          ))}
          {correcting ? (
            <div>
              <Text size="sm" fw={500}>
                {t('fixStatus.wrongEvent', { date: correcting.date, event: label('event', correcting.event) })}
              </Text>
              <Text size="sm" c="dimmed">
                {t('fixStatus.correctHint')}
              </Text>
            </div>
          ) : (
            <Group gap="xs">
              <Text size="sm" c="dimmed">
                {t('changeStatus.current')}
              </Text>
              <StatusBadge status={student.status} />
            </Group>
          )}
          <Select<ChangeEvent>
            {...visibleInputName('event')}
            data-testid="status-event"
            label={t('changeStatus.event')}
            withAsterisk
            data={eventsFrom(from).map((e) => ({ value: e, label: label('event', e) }))}
            {...form.getInputProps('event')}
            description={to && t('changeStatus.leadsTo', { status: label('status', to) })}
          />
          <IsoDateInput name="date" data-testid="status-date" label={t('changeStatus.date')} withAsterisk maxDate={today()} {...form.getInputProps('date')} />
          <ReasonField name="reason" label={t('changeStatus.reason')} placeholder={t('changeStatus.reasonPlaceholder')} {...form.getInputProps('reason')} />
          {correcting && (
            <ReasonField
              name="voidReason"
              label={t('fixStatus.correctReason')}
              placeholder={t('fixStatus.reasonPlaceholder')}
              minRows={2}
              {...form.getInputProps('voidReason')}
            />
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" data-testid="status-confirm" loading={pending.isPending}>
              {tc('action.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
