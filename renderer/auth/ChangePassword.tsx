import { Button, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { showFieldErrors, useApiMutation } from '../api/hooks';
import { useRevalidateOnLanguageChange } from '../forms/useRevalidateOnLanguageChange';
import { contractValidator } from '../forms/contractValidator';
import { repeatError } from './repeatError';

interface Values {
  currentPassword: string;
  newPassword: string;
  newPasswordRepeat: string;
}

/**
 * Current password, new one twice. The session status is refreshed after the change, which is
 * what lets a user who had to choose a password into the app.
 */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const { t } = useTranslation('auth');
  const change = useApiMutation('auth.changePassword');
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', newPasswordRepeat: '' },
    validate: (values) => {
      const errors = contractValidator('auth.changePassword', ({ newPasswordRepeat: _, ...input }: Values) => input)(values);
      const repeat = repeatError(values.newPassword, values.newPasswordRepeat, t('passwordMismatch'));
      return repeat ? { ...errors, newPasswordRepeat: repeat } : errors;
    },
  });
  useRevalidateOnLanguageChange(form);
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(({ newPasswordRepeat: _, ...input }) =>
        change.mutate(input, {
          onSuccess: () => {
            notifications.show({ color: 'green', message: t('passwordChanged') });
            form.reset();
            onDone?.();
          },
          onError: (e) => showFieldErrors(form, e),
        }),
      )}
    >
      <Stack>
        <PasswordInput
          label={t('currentPassword')}
          name="currentPassword"
          autoComplete="current-password"
          withAsterisk
          data-autofocus
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('newPassword')}
          name="newPassword"
          autoComplete="new-password"
          description={t('newPasswordHint')}
          withAsterisk
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('newPasswordRepeat')}
          name="newPasswordRepeat"
          autoComplete="new-password"
          withAsterisk
          {...form.getInputProps('newPasswordRepeat')}
        />
        <Button type="submit" loading={change.isPending} data-testid="change-password-save">
          {t('changePassword')}
        </Button>
      </Stack>
    </form>
  );
}

/** 修改密码 from the user menu. It lives outside the menu: the menu's dropdown unmounts when it closes. */
export function ChangePasswordModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('auth');
  return (
    <Modal opened={opened} onClose={onClose} title={t('changePassword')} data-testid="change-password-dialog">
      <ChangePasswordForm onDone={onClose} />
    </Modal>
  );
}
