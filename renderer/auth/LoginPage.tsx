import { Alert, Button, Center, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFieldErrors, useApiMutation } from '../api/hooks';
import { LanguageSwitch } from '../layout/LanguageSwitch';

export function LoginPage({ schoolName }: { schoolName: string }) {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const login = useApiMutation('auth.login', { notifyErrors: false });
  const form = useForm({ initialValues: { username: '', password: '' } });
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={380}>
        <form onSubmit={form.onSubmit((input) => login.mutate(input, { onError: (e) => showFieldErrors(form, e) }))}>
          <Stack>
            <div>
              <Title order={3}>{tc('appName')}</Title>
              <Text size="sm" c="dimmed">
                {schoolName}
              </Text>
            </div>
            {login.error && !login.error.fields.length && <Alert color="red">{login.error.message}</Alert>}
            <TextInput label={t('username')} name="username" autoFocus {...form.getInputProps('username')} />
            <PasswordInput label={t('password')} name="password" {...form.getInputProps('password')} />
            <Button type="submit" loading={login.isPending}>
              {t('login')}
            </Button>
            <LanguageSwitch />
          </Stack>
        </form>
      </Paper>
    </Center>
  );
}
