import { Alert, Button, Group, Modal, Stack } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { showFieldErrors } from '../api/hooks';
import { FieldTextsProvider } from '../forms/fieldTexts';

interface RecordFormModalProps<V extends object> {
  opened: boolean;
  title: string;
  /** where the fields' labels come from */
  labels: string;
  /** read when the modal opens; a new `formKey` starts the form again from them */
  initialValues: V;
  formKey: string;
  onSave(values: V): Promise<unknown>;
  onClose(): void;
  /** offered when the save hit a newer version: load it into the form */
  onReloadLatest?(): void;
  /** shown after a successful save instead of "saved" */
  savedMessage?: string;
  /** the button's word when the form does something other than save (提交, 退回…) */
  saveLabel?: string;
  /** the button's colour when what it does cannot be taken back lightly (恢复, 撤销导入) */
  saveColor?: string;
  children(form: UseFormReturnType<V>): ReactNode;
}

/**
 * A create/edit form in a modal. Field errors from the backend appear under their inputs; any
 * other refusal (someone else saved first, a rule of the record) stays visible at the top.
 */
export function RecordFormModal<V extends object>({ opened, title, labels, formKey, ...props }: RecordFormModalProps<V>) {
  return (
    <Modal opened={opened} onClose={props.onClose} title={title} size="lg" closeOnClickOutside={false}>
      <FieldTextsProvider ns={labels}>
        <RecordForm key={formKey} {...props} />
      </FieldTextsProvider>
    </Modal>
  );
}

function RecordForm<V extends object>({
  initialValues,
  onSave,
  onClose,
  onReloadLatest,
  savedMessage,
  saveLabel,
  saveColor,
  children,
}: Omit<RecordFormModalProps<V>, 'opened' | 'title' | 'labels' | 'formKey'>) {
  const { t } = useTranslation();
  const form = useForm<V>({ initialValues });
  const [error, setError] = useState<ApiError | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = form.onSubmit(async (values) => {
    setSaving(true);
    setError(null);
    try {
      await onSave(values);
      notifications.show({ color: 'green', message: savedMessage ?? t('saved') });
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showFieldErrors(form, e);
      // A field error for a field this form does not show would otherwise go unseen.
      const allUnderFields = e.fields.length > 0 && e.fields.every((f) => f.field in values);
      if (!allUnderFields) setError(e);
    } finally {
      setSaving(false);
    }
  });

  const conflict = error?.code === 'conflict';
  // A refusal at a field this form does not show is said in its own words, not as "check the marked fields".
  const elsewhere = error?.fields.filter((f) => !(f.field in form.getValues())) ?? [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {error && (
          <Alert
            color={conflict ? 'orange' : 'red'}
            icon={<IconAlertTriangle size={18} />}
            title={conflict ? t('records.conflictTitle') : t('records.saveFailed')}
            data-testid="modal-error"
          >
            <Stack gap="xs" align="flex-start">
              {elsewhere.length ? elsewhere.map((f) => f.message).join('；') : error.message}
              {conflict && onReloadLatest && (
                <Button size="xs" variant="white" color="orange" onClick={onReloadLatest} data-testid="modal-reload">
                  {t('records.reloadLatest')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {children(form)}
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={saving} color={saveColor} data-testid="modal-save">
            {saveLabel ?? t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
