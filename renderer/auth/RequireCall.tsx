import { Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MethodName } from '../../electron/contract';
import { useCanCall } from './permissions';
import { useCurrentUser } from './session';
import { HOME_PATH } from '../home/area';

/**
 * A route only for the roles the contract lets call `method`; anyone else reaching it by
 * address sees why not, rather than a form the backend would refuse.
 */
export function RequireCall({ method, children }: { method: MethodName; children: ReactNode }) {
  return useCanCall(method) ? <>{children}</> : <NoPermissionPage />;
}

function NoPermissionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const role = useCurrentUser().role;
  return (
    <Center py={80}>
      <Paper withBorder p="xl" maw={460} data-testid="no-permission">
        <Stack align="center" gap="sm">
          <IconLock size={40} stroke={1.5} color="var(--mantine-color-gray-6)" />
          <Title order={3}>{t('noPermission.title')}</Title>
          <Text c="dimmed" ta="center">
            {t('noPermission.text', { role: t(`role.${role}`) })}
          </Text>
          <Group mt="sm">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('action.back')}
            </Button>
            <Button component={Link} to={HOME_PATH}>
              {t('noPermission.toHome')}
            </Button>
          </Group>
        </Stack>
      </Paper>
    </Center>
  );
}
