import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

interface ConfirmDialogProps {
  opened: boolean;
  title: string;
  /** what will happen, said in full */
  message: string;
  confirmLabel: string;
  /** shown once done */
  doneMessage: string;
  /** what the refusal's box is titled */
  failedTitle: string;
  /** a red button, for what cannot simply be taken back */
  danger?: boolean;
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

/** Asks before an action; a refusal from the backend (still in use, changed meanwhile) is shown in the dialog. */
export function ConfirmDialog({ opened, title, message, confirmLabel, doneMessage, failedTitle, danger, onConfirm, onClose }: ConfirmDialogProps) {
  const { t } = useTranslation();
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
      notifications.show({ color: 'green', message: doneMessage });
      close();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title}>
      <Stack>
        <Text size="sm">{message}</Text>
        {error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={failedTitle} data-testid="confirm-error">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('action.cancel')}
          </Button>
          <Button color={danger ? 'red' : undefined} onClick={confirm} loading={busy} disabled={!!error} data-testid="confirm-action">
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
