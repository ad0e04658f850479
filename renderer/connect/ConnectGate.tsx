import { Alert, Box, Center, Loader, Text } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';
import { CertificateChangedPage } from './CertificateChangedPage';
import { FirstStartPage } from './FirstStartPage';
import { isDesktop, useHostTrouble } from './hostTrouble';

/**
 * Around the whole app in the desktop app: the first-start choice until this PC is something, and
 * on a client the office host's trouble (a certificate changed stops everything; a host out of
 * reach is a banner while reads are retried). A browser is always on a host: the app as it is.
 */
export function ConnectGate({ children }: { children: ReactNode }) {
  return isDesktop() ? <DesktopGate>{children}</DesktopGate> : <>{children}</>;
}

function DesktopGate({ children }: { children: ReactNode }) {
  const state = useApi('connect.state', {}, { staleTime: Infinity });
  const trouble = useHostTrouble();
  if (!state.data) {
    return (
      <Center h="100vh">
        <Loader />
      </Center>
    );
  }
  if (state.data.mode === 'undecided') return <FirstStartPage />;
  if (trouble?.kind === 'certificate') return <CertificateChangedPage trouble={trouble} />;
  return (
    <>
      {trouble?.kind === 'unreachable' && <HostBanner host={trouble.host} />}
      {children}
    </>
  );
}

function HostBanner({ host }: { host: string }) {
  const { t } = useTranslation('connect');
  return (
    <Box pos="fixed" top={8} left="50%" style={{ transform: 'translateX(-50%)', zIndex: 1000 }} w={640} maw="calc(100vw - 16px)">
      <Alert color="orange" variant="filled" icon={<IconWifiOff size={18} />} role="status" data-testid="host-unreachable">
        <Text size="sm" fw={600}>
          {t('unreachableBanner', { host })}
        </Text>
        <Text size="xs">{t('unreachableHint')}</Text>
      </Alert>
    </Box>
  );
}
