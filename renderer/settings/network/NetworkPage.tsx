import { Button, Code, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ConnectedSession } from '../../../electron/contract/network';
import { ApiError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { formatDateTime } from '../../format';
import { RecordTable } from '../../records/RecordTable';
import { deviceName } from './deviceName';
import { ClientPanel } from '../../connect/ClientPanel';
import { HostModePanel } from './HostModePanel';
import { PhonesPanel } from './PhonesPanel';

/** A row of the table, which keys its rows by number: the session's own id kept apart. */
type Row = Omit<ConnectedSession, 'id'> & { id: number; sessionId: string };

/**
 * 局域网 (administrator): where this PC is reached on the office network and its certificate's
 * fingerprint for clients to compare, and everyone signed in, from where, on what, when last seen,
 * each of whom may be signed out (a lost phone, a PC left signed in).
 */
export function NetworkPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const status = useApi('network.status', {});
  const end = useApiMutation('network.endSession', { notifyErrors: false });

  const signOut = async (session: Row) => {
    try {
      await end.mutateAsync({ id: session.sessionId });
      notifications.show({ color: 'teal', message: t('network.ended', { name: session.userName }) });
    } catch (e) {
      notifications.show({ color: 'red', message: e instanceof ApiError ? e.message : String(e) });
    }
  };

  const data = status.data;
  return (
    <Stack gap="sm" data-testid="network-page">
      <Title order={4}>{t('network.title')}</Title>
      <Text size="sm" c="dimmed" maw={760}>
        {t('network.intro')}
      </Text>
      <ClientPanel />
      {data && <HostModePanel host={data.host} refetch={() => void status.refetch()} />}
      {data && <PhonesPanel urls={data.host.urls} />}
      {data && (
        <Paper withBorder p="sm">
          <Stack gap={6}>
            <Text size="sm">
              {t('network.hostName')} <Code>{data.hostName}</Code>
            </Text>
            <Text size="sm">
              {t('network.addresses')} {data.addresses.length ? data.addresses.map((a) => <Code key={a} mr={6}>{a}</Code>) : t('network.noAddress')}
            </Text>
            <Text size="sm" data-testid="network-fingerprint">
              {t('network.fingerprint')} {data.certificate ? <Code>{data.certificate.fingerprint}</Code> : t('network.noCertificate')}
            </Text>
          </Stack>
        </Paper>
      )}
      <Title order={5}>{t('network.sessions')}</Title>
      <RecordTable<Row>
        rowTestId="session-row"
        rows={data?.sessions.map(({ id: sessionId, ...s }, id) => ({ ...s, id, sessionId }))}
        error={status.error?.message}
        columns={[
          {
            key: 'user',
            header: t('network.user'),
            nowrap: true,
            render: (s) => (
              <>
                <Text span size="sm" fw={s.self ? 600 : undefined}>
                  {s.userName}
                </Text>
                <Text span size="sm" c="dimmed">
                  {' '}
                  {tc(`role.${s.role}`)}
                  {s.self && ` · ${t('network.self')}`}
                </Text>
              </>
            ),
          },
          { key: 'address', header: t('network.address'), nowrap: true, render: (s) => s.address ?? t('network.thisPc') },
          { key: 'device', header: t('network.device'), nowrap: true, render: (s) => <span title={s.device ?? ''}>{deviceName(s.device) ?? t('network.thisPc')}</span> },
          { key: 'since', header: t('network.since'), nowrap: true, render: (s) => formatDateTime(s.since) },
          { key: 'lastSeen', header: t('network.lastSeen'), fill: true, render: (s) => (s.lastSeenAt ? formatDateTime(s.lastSeenAt) : '—') },
        ]}
        actions={(s) =>
          s.self ? null : (
            <Button size="compact-sm" variant="subtle" color="red" leftSection={<IconLogout size={14} />} onClick={() => void signOut(s)} data-testid="end-session">
              {t('network.end')}
            </Button>
          )
        }
      />
    </Stack>
  );
}
