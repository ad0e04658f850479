import { Box, Button, Center, Divider, Group, Paper, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { showFieldErrors, useApiMutation } from '../api/hooks';
import { useRevalidateOnLanguageChange } from '../forms/useRevalidateOnLanguageChange';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { contractValidator } from '../forms/contractValidator';
import { repeatError } from './repeatError';
import { RestorePackageLink } from './RestorePackage';

interface Values {
  schoolName: string;
  username: string;
  displayName: string;
  password: string;
  passwordRepeat: string;
}

/**
 * First run: the person installing names the school and creates the administrator; there is no
 * default password and no default school. Moving from an old PC, they restore its data package
 * instead. Checked here with the contract's own rules, so the messages are the app's, in the
 * chosen language, under each field.
 */
export function SetupPage() {
  const { t } = useTranslation('auth');
  const setup = useApiMutation('auth.setup');
  const form = useForm<Values>({
    initialValues: { schoolName: '', username: 'admin', displayName: '', password: '', passwordRepeat: '' },
    validate: (values) => {
      const errors = contractValidator('auth.setup', ({ passwordRepeat: _, ...input }: Values) => input)(values);
      const repeat = repeatError(values.password, values.passwordRepeat, t('passwordMismatch'));
      return repeat ? { ...errors, passwordRepeat: repeat } : errors;
    },
  });
  useRevalidateOnLanguageChange(form);
  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Paper withBorder shadow="sm" p="xl" w={560}>
        <form
          noValidate
          onSubmit={form.onSubmit(({ passwordRepeat: _, ...input }) =>
            setup.mutate(input, { onError: (e) => showFieldErrors(form, e) }),
          )}
        >
          <Stack>
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={3}>{t('setupTitle')}</Title>
              <Box style={{ flexShrink: 0 }}>
                <LanguageSwitch />
              </Box>
            </Group>
            <Text size="sm" c="dimmed">
              {t('setupHint')}
            </Text>
            <TextInput
              label={t('schoolName')}
              description={t('schoolNameHint')}
              name="schoolName"
              withAsterisk
              autoFocus
              {...form.getInputProps('schoolName')}
            />
            <Divider label={t('adminAccount')} labelPosition="left" />
            <SimpleGrid cols={2}>
              <TextInput label={t('username')} name="username" withAsterisk {...form.getInputProps('username')} />
              <TextInput label={t('displayName')} name="displayName" withAsterisk {...form.getInputProps('displayName')} />
            </SimpleGrid>
            <SimpleGrid cols={2}>
              <PasswordInput
                label={t('password')}
                name="password"
                autoComplete="new-password"
                withAsterisk
                {...form.getInputProps('password')}
              />
              <PasswordInput
                label={t('passwordRepeat')}
                name="passwordRepeat"
                autoComplete="new-password"
                withAsterisk
                {...form.getInputProps('passwordRepeat')}
              />
            </SimpleGrid>
            <Text size="xs" c="dimmed" mt={-8}>
              {t('newPasswordHint')}
            </Text>
            <Button type="submit" loading={setup.isPending}>
              {t('createAdmin')}
            </Button>
          </Stack>
        </form>
        {/* outside the form: the modal's own submit would otherwise bubble (through React's tree) into this one */}
        <Divider my="md" />
        <RestorePackageLink />
      </Paper>
    </Center>
  );
}
