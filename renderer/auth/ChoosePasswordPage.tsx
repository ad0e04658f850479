import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { ChangePasswordForm } from './ChangePassword';
import { useCurrentUser } from './session';

/**
 * After signing in with a password an administrator chose (a new account, a reset), the user
 * replaces it before anything else; the backend refuses every other call until then.
 */
export function ChoosePasswordPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const user = useCurrentUser();
  const logout = useApiMutation('auth.logout');
  return (
    <Center h="100vh" bg="gray.0">
      <Paper withBorder shadow="sm" p="xl" w={420} data-testid="choose-password">
        <Stack>
          <div>
            <Title order={3}>{t('choosePasswordTitle')}</Title>
            <Text size="sm" c="dimmed">
              {user.displayName}（{user.username}）
            </Text>
          </div>
          <Alert color="blue" icon={<IconKey size={18} />}>
            {t('choosePasswordHint')}
          </Alert>
          <ChangePasswordForm />
          <Group justify="space-between">
            <LanguageSwitch />
            <Button variant="subtle" size="xs" onClick={() => logout.mutate({})}>
              {tc('action.logout')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
