import { Button, Code, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';
import { Fingerprint } from './Fingerprint';
import { HostChooser } from './HostChooser';
import { isDesktop } from './hostTrouble';

/**
 * 设置 → 局域网 on a client PC: the office host it uses and the certificate it trusts, and
 * changing either (another host, or comparing again after the host's certificate changed). This
 * PC's own setting, answered by its own main: nothing shows in a browser or on the host.
 */
export function ClientPanel() {
  return isDesktop() ? <DesktopClientPanel /> : null;
}

function DesktopClientPanel() {
  const { t } = useTranslation('connect');
  const state = useApi('connect.state', {}, { staleTime: Infinity });
  const [choosing, setChoosing] = useState<'again' | 'other' | null>(null);
  if (state.data?.mode !== 'client') return null;
  const { host } = state.data;
  return (
    <Paper withBorder p="sm" data-testid="client-panel">
      <Stack gap="xs">
        <Title order={5}>{t('thisPc')}</Title>
        <Text size="sm">{t('clientOf')}</Text>
        <Text size="sm">
          {t('hostName')} <Code>{host.name}</Code> · {t('hostUrl')} <Code>{host.url}</Code>
        </Text>
        <Text size="sm">{t('fingerprint')}</Text>
        <Fingerprint value={host.fingerprint} />
        <Text size="xs" c="dimmed">
          {t('clientNote')}
        </Text>
        {choosing ? (
          <HostChooser key={choosing} address={choosing === 'again' ? new URL(host.url).host : ''} onBack={() => setChoosing(null)} />
        ) : (
          <Group>
            <Button size="xs" variant="default" onClick={() => setChoosing('again')}>
              {t('compareAgain')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setChoosing('other')}>
              {t('otherHost')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
