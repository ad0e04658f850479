import { Alert, Button, Code, Group, NumberInput, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostMode } from '../../../electron/contract/network';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { StartAtLoginSwitch } from '../../connect/StartAtLoginSwitch';

/**
 * 主机模式: this PC serves the office network over HTTPS. The switch is saved by the backend and
 * acted on by the process that owns the sockets a moment later, so the page asks again until the
 * listener answers.
 */
export function HostModePanel({ host, refetch }: { host: HostMode; refetch(): void }) {
  const { t } = useTranslation('settings');
  const save = useApiMutation('network.setHost', { notifyErrors: false });
  const [enabled, setEnabled] = useState(host.enabled);
  const [port, setPort] = useState<number | string>(host.port);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setEnabled(host.enabled);
    setPort(host.port);
  }, [host.enabled, host.port]);

  // Switched on but not listening yet: look again shortly.
  const starting = host.enabled && host.servingPort === null && host.problem === null;
  useEffect(() => {
    if (!starting) return;
    const timer = setInterval(refetch, 1500);
    return () => clearInterval(timer);
  }, [starting, refetch]);

  const submit = async () => {
    setError(null);
    try {
      await save.mutateAsync({ enabled, port: Number(port) });
      notifications.show({ color: 'teal', message: enabled ? t('network.hostOn') : t('network.hostOff') });
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    }
  };

  return (
    <Paper withBorder p="sm" data-testid="host-mode">
      <Stack gap="xs">
        <Title order={5}>{t('network.hostTitle')}</Title>
        <Text size="sm" c="dimmed" maw={760}>
          {t('network.hostIntro')}
        </Text>
        <Group align="flex-end" gap="md">
          <Switch label={t('network.hostSwitch')} checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} data-testid="host-switch" />
          <NumberInput w={140} label={t('network.port')} value={port} onChange={setPort} min={1024} max={65535} allowDecimal={false} error={error} data-testid="host-port" />
          <Button variant="default" loading={save.isPending} disabled={enabled === host.enabled && Number(port) === host.port} onClick={submit} data-testid="host-save">
            {t('network.hostSave')}
          </Button>
        </Group>
        {host.servingPort !== null && (
          <Text size="sm" data-testid="host-serving">
            {t('network.serving')} {host.urls.map((url) => <Code key={url} mr={6}>{url}</Code>)}
          </Text>
        )}
        {starting && (
          <Text size="sm" c="dimmed">
            {t('network.starting')}
          </Text>
        )}
        {host.problem && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />} data-testid="host-problem">
            {t('network.hostProblem', { problem: host.problem })}
          </Alert>
        )}
        <StartAtLoginSwitch />
      </Stack>
    </Paper>
  );
}
