import { Button, Menu, Modal, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { showFieldErrors, useApiMutation } from '../api/hooks';

export function ChangePasswordMenuItem() {
  const { t } = useTranslation('auth');
  const [opened, { open, close }] = useDisclosure(false);
  const change = useApiMutation('auth.changePassword');
  const form = useForm({ initialValues: { currentPassword: '', newPassword: '' } });
  return (
    <>
      <Menu.Item onClick={open}>{t('changePassword')}</Menu.Item>
      <Modal opened={opened} onClose={close} title={t('changePassword')}>
        <form
          onSubmit={form.onSubmit((input) =>
            change.mutate(input, {
              onSuccess: () => {
                notifications.show({ color: 'green', message: t('passwordChanged') });
                form.reset();
                close();
              },
              onError: (e) => showFieldErrors(form, e),
            }),
          )}
        >
          <Stack>
            <PasswordInput label={t('currentPassword')} {...form.getInputProps('currentPassword')} />
            <PasswordInput label={t('newPassword')} {...form.getInputProps('newPassword')} />
            <Button type="submit" loading={change.isPending}>
              {t('changePassword')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
