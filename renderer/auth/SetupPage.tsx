import { Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFieldErrors, useApiMutation } from '../api/hooks';

/** First run: the person installing creates the administrator; there is no default password. */
export function SetupPage() {
  const { t } = useTranslation('auth');
  const setup = useApiMutation('auth.setup', { invalidates: ['auth'] });
  const form = useForm({
    initialValues: { username: 'admin', displayName: '', password: '', passwordRepeat: '' },
    validate: { passwordRepeat: (v, values) => (v === values.password ? null : t('passwordMismatch')) },
  });
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={440}>
        <form
          onSubmit={form.onSubmit(({ passwordRepeat: _, ...input }) =>
            setup.mutate(input, { onError: (e) => showFieldErrors(form, e) }),
          )}
        >
          <Stack>
            <Title order={3}>{t('setupTitle')}</Title>
            <Text size="sm" c="dimmed">
              {t('setupHint')}
            </Text>
            <TextInput label={t('username')} name="username" required {...form.getInputProps('username')} />
            <TextInput label={t('displayName')} name="displayName" required {...form.getInputProps('displayName')} />
            <PasswordInput label={t('password')} name="password" required {...form.getInputProps('password')} />
            <PasswordInput label={t('passwordRepeat')} name="passwordRepeat" required {...form.getInputProps('passwordRepeat')} />
            <Button type="submit" loading={setup.isPending}>
              {t('createAdmin')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
