import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconShieldExclamation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostTrouble } from '../api/client';
import { Fingerprint } from './Fingerprint';
import { HostChooser } from './HostChooser';

type Changed = Extract<HostTrouble, { kind: 'certificate' }>;

/**
 * The office host shows a certificate other than the one this PC pinned: the whole window says so,
 * with both fingerprints, and the only ways on are comparing again (trusting what the host shows
 * now, after checking it on the host) or choosing another host.
 */
export function CertificateChangedPage({ trouble }: { trouble: Changed }) {
  const { t } = useTranslation('connect');
  const [choosing, setChoosing] = useState<'again' | 'other' | null>(null);
  return (
    <Center mih="100vh" bg="red.0" py="xl">
      <Paper withBorder shadow="sm" p="xl" w={760} data-testid="certificate-changed">
        <Stack>
          <Group gap="sm" wrap="nowrap">
            <IconShieldExclamation size={32} color="var(--mantine-color-red-7)" />
            <Title order={3}>{t('changedTitle')}</Title>
          </Group>
          <Alert color="red">{t('changedHint')}</Alert>
          <Text size="sm" c="dimmed">
            {t('hostAt', { host: trouble.host })}
          </Text>
          <Text size="sm" fw={500}>
            {t('trustedBefore')}
          </Text>
          <Fingerprint value={trouble.expected} testId="changed-expected" />
          <Text size="sm" fw={500}>
            {t('presentedNow')}
          </Text>
          <Fingerprint value={trouble.presented} against={trouble.expected} testId="changed-presented" />
          <Text size="sm">{t('changedAsk')}</Text>
          {choosing ? (
            <HostChooser key={choosing} address={choosing === 'again' ? trouble.host : ''} onBack={() => setChoosing(null)} />
          ) : (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setChoosing('other')}>
                {t('otherHost')}
              </Button>
              <Button color="red" onClick={() => setChoosing('again')} data-testid="changed-compare">
                {t('compareAgain')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
