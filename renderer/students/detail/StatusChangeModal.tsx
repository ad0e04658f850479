import { Alert, Button, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS, type StatusEvent, type Student } from '../../../electron/contract/students';
import { showFieldErrors, useApiMutation } from '../../api/hooks';
import { today } from '../../format';
import { useEnumLabel } from '../shared/options';
import { StatusBadge } from '../shared/StatusBadge';
import { contractValidator } from '../shared/validation';
import { visibleInputName } from '../../forms/visibleInputName';

type ChangeEvent = Exclude<StatusEvent, 'enrol'>;

/** The events allowed from the student's current status (休学, 复学, 退学, 毕业, 结业). */
export function allowedEvents(student: Student): ChangeEvent[] {
  return Object.keys(TRANSITIONS[student.status]) as ChangeEvent[];
}

/** 变更状态: one allowed event, its date (today by default) and a reason, sent with the version read. */
export function StatusChangeModal({ student, onClose }: { student: Student; onClose: () => void }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const form = useForm<{ event: ChangeEvent | null; date: string | null; reason: string }>({
    initialValues: { event: null, date: today(), reason: '' },
    validate: contractValidator('students.changeStatus', (v) => ({ ...v, id: student.id, version: student.version })),
  });
  const change = useApiMutation('students.changeStatus', { invalidates: ['students'], notifyErrors: false });
  const { event } = form.values;
  const to = event ? TRANSITIONS[student.status][event] : undefined;

  return (
    <Modal opened onClose={onClose} title={t('changeStatus.title', { name: student.name })} size="md">
      <form
        noValidate
        onSubmit={form.onSubmit(({ event, date, reason }) =>
          change.mutate(
            { id: student.id, version: student.version, event: event!, date: date!, reason },
            {
              onSuccess: () => {
                notifications.show({ color: 'teal', message: t('changeStatus.done', { event: label('event', event!) }) });
                onClose();
              },
              onError: (e) => showFieldErrors(form, e),
            },
          ),
        )}
      >
        <Stack gap="sm">
          {change.error && !change.error.fields.length && <Alert color="red">{change.error.message}</Alert>}
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('changeStatus.current')}
            </Text>
            <StatusBadge status={student.status} />
          </Group>
          <Select<ChangeEvent>
            {...visibleInputName('event')}
            data-testid="status-event"
            label={t('changeStatus.event')}
            withAsterisk
            data={allowedEvents(student).map((e) => ({ value: e, label: label('event', e) }))}
            {...form.getInputProps('event')}
            description={to && t('changeStatus.leadsTo', { status: label('status', to) })}
          />
          <DateInput
            {...visibleInputName('date')}
            data-testid="status-date"
            label={t('changeStatus.date')}
            withAsterisk
            valueFormat="YYYY-MM-DD"
            placeholder="YYYY-MM-DD"
            {...form.getInputProps('date')}
          />
          <Textarea
            name="reason"
            data-testid="status-reason"
            label={t('changeStatus.reason')}
            placeholder={t('changeStatus.reasonPlaceholder')}
            withAsterisk
            autosize
            minRows={3}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {tc('action.cancel')}
            </Button>
            <Button type="submit" data-testid="status-confirm" loading={change.isPending}>
              {tc('action.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
