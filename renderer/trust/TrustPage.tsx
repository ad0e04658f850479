import { Alert, Button, Center, Code, List, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/hooks';
import { LanguageSwitch } from '../layout/LanguageSwitch';
import { fingerprintLines, platformOf, PLATFORMS } from './platform';

/**
 * 安装本机证书 (#/trust): what a phone or another PC opens from the host's QR code, before anyone
 * signs in there: the host's authority to download, its fingerprint to compare, and the steps
 * for the device in hand first.
 */
export function TrustPage() {
  const { t } = useTranslation('trust');
  const info = useApi('network.trust', {});
  // Electron's own window and plain HTTP on the host itself are not where a certificate is installed.
  const overNetwork = window.location.protocol === 'https:';
  const steps = (platform: (typeof PLATFORMS)[number]) => t(`steps.${platform}`, { returnObjects: true }) as string[];
  return (
    <Center mih="100vh" bg="gray.0" p="sm">
      <Paper withBorder shadow="sm" p="lg" w={640} maw="100%" data-testid="trust-page">
        <Stack>
          <Title order={3}>{t('title')}</Title>
          <Text size="sm">{t('intro')}</Text>
          {!overNetwork && <Alert color="yellow">{t('notServing')}</Alert>}
          {info.data === null && <Alert color="yellow">{t('noCertificate')}</Alert>}
          {info.data && (
            <>
              <Text size="sm" c="dimmed">
                {t('firstWarning')}
              </Text>
              <Button component="a" href={info.data.file} download leftSection={<IconDownload size={18} />} size="md" data-testid="trust-download">
                {t('download')}
              </Button>
              <div>
                <Text size="sm">{t('compare')}</Text>
                <Code block data-testid="trust-fingerprint" fz="sm">
                  {fingerprintLines(info.data.fingerprint).join('\n')}
                </Code>
                <Text size="xs" c="dimmed" mt={4} style={{ wordBreak: 'break-all' }}>
                  {t('sha1')} {info.data.sha1}
                </Text>
              </div>
              <Tabs defaultValue={platformOf(navigator.userAgent, navigator.maxTouchPoints)}>
                <Tabs.List grow>
                  {PLATFORMS.map((p) => (
                    <Tabs.Tab key={p} value={p}>
                      {t(`platforms.${p}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {PLATFORMS.map((p) => (
                  <Tabs.Panel key={p} value={p} pt="sm" data-testid={`trust-steps-${p}`}>
                    <List type="ordered" spacing={6} size="sm">
                      {steps(p).map((step) => (
                        <List.Item key={step}>{step}</List.Item>
                      ))}
                    </List>
                  </Tabs.Panel>
                ))}
              </Tabs>
              <Button component="a" href="./" variant="light" size="md" data-testid="trust-open">
                {t('open')}
              </Button>
            </>
          )}
          {info.error && <Alert color="red">{info.error.message}</Alert>}
          <LanguageSwitch />
        </Stack>
      </Paper>
    </Center>
  );
}
