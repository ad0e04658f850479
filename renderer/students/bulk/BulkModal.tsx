import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusAfter, type BulkAction, type BulkKind, type BulkPreview } from '../../../electron/contract/bulk';
import { STATUS_EVENTS, type StatusEvent } from '../../../electron/contract/students';
import type { ApiError } from '../../api/client';
import { showFieldErrors, useApiMutation } from '../../api/hooks';
import { IsoDateInput } from '../../forms/IsoDateInput';
import { visibleInputName } from '../../forms/visibleInputName';
import { today } from '../../format';
import { ReasonField } from '../detail/ReasonField';
import { useEnumLabel, useReferenceOptions } from '../shared/options';
import { contractValidator } from '../../forms/contractValidator';
import { BulkPreviewLists } from './BulkPreviewLists';
import type { BulkSelectionState } from './useBulkSelection';

type ChangeEvent = Exclude<StatusEvent, 'enrol'>;
const EVENTS = STATUS_EVENTS.filter((e): e is ChangeEvent => e !== 'enrol');

interface Values {
  action: { kind: BulkKind; counsellorId: number | null; classId: number | null; event: ChangeEvent | null; date: string | null; reason: string };
}
/** The form as the contract's action (what is still missing is refused by the validation, with the backend's words). */
const toAction = ({ action }: Values) => action as BulkAction;

/** Problems with no field of the form (the selection, a change since the preview): shown above it. */
function strayErrors(error: ApiError | null): string[] {
  if (!error) return [];
  const stray = error.fields.filter((f) => !f.field.startsWith('action.')).map((f) => f.message);
  return error.fields.length ? stray : [error.message];
}

/**
 * One bulk action on the selected students: its values, then the preview (who will change, who
 * cannot and why), then the change itself for exactly the students previewed.
 */
export function BulkModal({ kind, selection, onClose }: { kind: BulkKind; selection: BulkSelectionState; onClose: () => void }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const options = useReferenceOptions();
  // What was selected when the dialog opened is what it acts on.
  const [chosen] = useState(() => ({ selection: selection.selection(), count: selection.count }));
  const form = useForm<Values>({
    initialValues: { action: { kind, counsellorId: null, classId: null, event: null, date: today(), reason: '' } },
    validate: contractValidator('students.bulkPreview', (v: Values) => ({ selection: chosen.selection, action: toAction(v) })),
  });
  const preview = useApiMutation('students.bulkPreview', { notifyErrors: false });
  const apply = useApiMutation('students.bulkApply', { notifyErrors: false });
  const [shown, setShown] = useState<BulkPreview | null>(null);

  const runPreview = (values: Values) => {
    apply.reset();
    preview.mutate({ selection: chosen.selection, action: toAction(values) }, { onSuccess: setShown, onError: (e) => showFieldErrors(form, e) });
  };
  const confirm = () => {
    if (!shown) return;
    const expected = shown.willChange.map(({ id, version }) => ({ id, version }));
    apply.mutate(
      { selection: chosen.selection, action: toAction(form.values), expected },
      {
        onSuccess: ({ changed }) => {
          notifications.show({ color: 'teal', message: t('bulk.done', { count: changed }) });
          selection.clear();
          onClose();
        },
      },
    );
  };
  const { event } = form.values.action;
  const errors = [...strayErrors(preview.error), ...strayErrors(apply.error)];

  return (
    <Modal opened onClose={onClose} size={shown ? 'xl' : 'md'} title={t('bulk.title', { action: t(`bulk.kind.${kind}`), count: chosen.count })}>
      <Stack gap="sm">
        {errors.map((message) => (
          <Alert key={message} color="red" data-testid="bulk-error">
            {message}
          </Alert>
        ))}
        {shown ? (
          <>
            <BulkPreviewLists preview={shown} />
            {shown.willChange.length === 0 && (
              <Text size="sm" c="dimmed">
                {t('bulk.nobodyChanges')}
              </Text>
            )}
            <Group justify="flex-end" mt="xs">
              <Button variant="default" onClick={() => setShown(null)}>
                {t('bulk.back')}
              </Button>
              {apply.error?.code === 'preview_stale' ? (
                <Button data-autofocus onClick={() => runPreview(form.values)} loading={preview.isPending} data-testid="bulk-preview-again">
                  {t('bulk.previewAgain')}
                </Button>
              ) : (
                <Button data-autofocus onClick={confirm} loading={apply.isPending} disabled={shown.willChange.length === 0} data-testid="bulk-confirm">
                  {t('bulk.confirm', { count: shown.willChange.length })}
                </Button>
              )}
            </Group>
          </>
        ) : (
          <form noValidate onSubmit={form.onSubmit(runPreview)}>
            <Stack gap="sm">
              {kind === 'assignCounsellor' && (
                <Select<number>
                  data-autofocus
                  data-testid="bulk-counsellor"
                  label={t('fields.counsellorId')}
                  withAsterisk
                  searchable
                  data={options.counsellors}
                  {...form.getInputProps('action.counsellorId')}
                />
              )}
              {kind === 'moveClass' && (
                <Select<number>
                  data-autofocus
                  data-testid="bulk-class"
                  label={t('fields.classId')}
                  withAsterisk
                  searchable
                  data={options.classesOf(null)}
                  {...form.getInputProps('action.classId')}
                />
              )}
              {kind === 'status' && (
                <>
                  <Select<ChangeEvent>
                    {...visibleInputName('event')}
                    data-autofocus
                    data-testid="status-event"
                    label={t('changeStatus.event')}
                    withAsterisk
                    data={EVENTS.map((e) => ({ value: e, label: label('event', e) }))}
                    {...form.getInputProps('action.event')}
                    description={event && t('changeStatus.leadsTo', { status: label('status', statusAfter(event)) })}
                  />
                  <IsoDateInput name="date" data-testid="status-date" label={t('changeStatus.date')} withAsterisk maxDate={today()} {...form.getInputProps('action.date')} />
                  <ReasonField name="reason" label={t('changeStatus.reason')} {...form.getInputProps('action.reason')} />
                </>
              )}
              <Group justify="flex-end" mt="xs">
                <Button variant="default" onClick={onClose}>
                  {tc('action.cancel')}
                </Button>
                <Button type="submit" loading={preview.isPending} data-testid="bulk-preview">
                  {t('bulk.preview')}
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Modal>
  );
}
