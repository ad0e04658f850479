import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';

interface ConfirmDeleteModalProps {
  /** what is about to be deleted; null = closed */
  name: string | null;
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

/** Asks before deleting; a refusal (still in use, changed meanwhile) is shown in the dialog. */
export function ConfirmDeleteModal({ name, onConfirm, onClose }: ConfirmDeleteModalProps) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      notifications.show({ color: 'green', message: tc('deleted') });
      close();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={name !== null} onClose={close} title={t('records.deleteTitle')}>
      <Stack>
        <Text size="sm">{tc('confirmDelete', { name: name ?? '' })}</Text>
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('records.deleteFailed')} data-testid="delete-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('action.cancel')}
          </Button>
          <Button color="red" onClick={confirm} loading={busy} disabled={!!error} data-testid="confirm-delete">
            {tc('action.delete')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
