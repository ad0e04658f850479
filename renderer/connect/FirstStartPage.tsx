import { Alert, Box, Button, Center, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconDeviceDesktop, IconPlugConnected } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../api/client';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { HostChooser } from './HostChooser';

/**
 * First start of the desktop app on a PC without data: does it keep the office's data itself, or
 * connect to the office host? Nothing is created on this PC before the answer.
 */
export function FirstStartPage() {
  const { t } = useTranslation('connect');
  const client = useQueryClient();
  const [connecting, setConnecting] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const useOwn = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('connect.useOwn', {});
      await client.resetQueries();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Center mih="100vh" bg="gray.0" py="xl">
      <Paper withBorder shadow="sm" p="xl" w={760} data-testid="first-start">
        <Stack>
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <Title order={3}>{t('firstTitle')}</Title>
            <Box style={{ flexShrink: 0 }}>
              <LanguageSwitch />
            </Box>
          </Group>
          {connecting ? (
            <>
              <Title order={4}>{t('hostTitle')}</Title>
              <HostChooser onBack={() => setConnecting(false)} />
            </>
          ) : (
            <>
              <Text size="sm" c="dimmed">
                {t('firstHint')}
              </Text>
              <SimpleGrid cols={2}>
                <Choice icon={<IconDeviceDesktop size={22} />} title={t('ownTitle')} hint={t('ownHint')}>
                  <Button variant="light" onClick={() => void useOwn()} loading={busy} data-testid="first-own">
                    {t('ownButton')}
                  </Button>
                </Choice>
                <Choice icon={<IconPlugConnected size={22} />} title={t('hostTitle')} hint={t('hostHint')}>
                  <Button onClick={() => setConnecting(true)} data-testid="first-connect">
                    {t('hostButton')}
                  </Button>
                </Choice>
              </SimpleGrid>
              {error && (
                <Alert color="red" icon={<IconAlertTriangle size={18} />}>
                  {error.message}
                </Alert>
              )}
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}

function Choice({ icon, title, hint, children }: { icon: ReactNode; title: string; hint: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap">
            <ThemeIcon variant="light" size="lg">
              {icon}
            </ThemeIcon>
            <Text fw={600}>{title}</Text>
          </Group>
          <Text size="sm" c="dimmed">
            {hint}
          </Text>
        </Stack>
        <Group justify="flex-end">{children}</Group>
      </Stack>
    </Paper>
  );
}
