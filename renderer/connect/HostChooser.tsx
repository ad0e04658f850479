import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconRefresh, IconServer } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FoundHost, HostLook } from '../../electron/contract/connect';
import { ApiError, call } from '../api/client';
import { useApi } from '../api/hooks';
import { Fingerprint } from './Fingerprint';

/**
 * Choosing the office host: one found on the network or an address typed, then the certificate it
 * shows, in groups, for a person to compare with the host's 设置 → 局域网 page before trusting it.
 * Trusted, main switches to it and everything the renderer had cached is read again.
 */
export function HostChooser({ address: initialAddress = '', onBack }: { address?: string; onBack?: () => void }) {
  const { t } = useTranslation('connect');
  const client = useQueryClient();
  const [address, setAddress] = useState(initialAddress);
  const [seen, setSeen] = useState<(HostLook & { announced: string | null }) | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const attempt = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const look = (target: string, found?: FoundHost) =>
    attempt(async () => {
      const shown = await call('connect.look', { address: target });
      setSeen({ ...shown, name: found?.name ?? shown.name, announced: found?.fingerprint ?? null });
    });
  const trust = (host: HostLook) =>
    attempt(async () => {
      await call('connect.trust', { url: host.url, fingerprint: host.fingerprint, name: host.name });
      notifications.show({ color: 'teal', message: t('trusted') });
      await client.resetQueries();
    });

  const problem = error && (
    <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="connect-error">
      {error.fields.length ? error.fields.map((f) => f.message).join('；') : error.message}
    </Alert>
  );

  if (seen) {
    return (
      <Stack data-testid="connect-compare">
        <Title order={4}>{t('compareTitle')}</Title>
        <Text size="sm">{t('compareHint')}</Text>
        <Text size="sm" c="dimmed">
          {seen.url.includes(seen.name) ? '' : `${seen.name} · `}
          {t('at', { url: seen.url })}
        </Text>
        <Paper withBorder p="md">
          <Fingerprint value={seen.fingerprint} testId="connect-fingerprint" />
        </Paper>
        {seen.announced && seen.announced !== seen.fingerprint && (
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('announcedDiffers')}
          </Alert>
        )}
        {problem}
        <Group justify="space-between">
          <Button variant="default" onClick={() => (setSeen(null), setError(null))}>
            {t('back')}
          </Button>
          <Button onClick={() => void trust(seen)} loading={busy} data-testid="connect-trust">
            {t('trust')}
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack>
      {!initialAddress && <FoundHosts onPick={(host) => void look(host.url, host)} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void look(address);
        }}
      >
        <Group align="flex-end" wrap="nowrap">
          <TextInput
            label={t('address')}
            description={t('addressHint')}
            placeholder="192.168.1.20"
            value={address}
            onChange={(e) => setAddress(e.currentTarget.value)}
            name="address"
            style={{ flex: 1 }}
            autoFocus={Boolean(initialAddress)}
          />
          <Button type="submit" loading={busy} data-testid="connect-look">
            {t('look')}
          </Button>
        </Group>
      </form>
      {problem}
      {onBack && (
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('back')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

/** Hosts announcing themselves (mDNS), listened for a few seconds; picking one shows its certificate. */
function FoundHosts({ onPick }: { onPick: (host: FoundHost) => void }) {
  const { t } = useTranslation('connect');
  const found = useApi('connect.browse', {}, { staleTime: 0, gcTime: 0 });
  return (
    <Stack gap={6} data-testid="connect-found">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('found')}
        </Text>
        <Button size="compact-xs" variant="subtle" leftSection={<IconRefresh size={14} />} onClick={() => void found.refetch()} disabled={found.isFetching}>
          {t('searchAgain')}
        </Button>
      </Group>
      {found.isFetching ? (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('searching')}
          </Text>
        </Group>
      ) : found.data?.length ? (
        found.data.map((host) => (
          <UnstyledButton key={host.name} onClick={() => onPick(host)} data-testid="connect-found-host">
            <Paper withBorder p="xs">
              <Group gap="sm" wrap="nowrap">
                <IconServer size={20} />
                <div>
                  <Text size="sm" fw={500}>
                    {host.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {host.addresses.join(' · ')} : {host.port}
                  </Text>
                </div>
              </Group>
            </Paper>
          </UnstyledButton>
        ))
      ) : (
        <Text size="sm" c="dimmed">
          {t('noneFound')}
        </Text>
      )}
    </Stack>
  );
}
