import { Anchor, Group, Image, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TRUST_HASH } from '../../trust/platform';

/** The host's addresses by number: phones resolve a PC's bare name poorly, so the QR code names an address. */
const byAddress = (urls: readonly string[]) => urls.filter((url) => /^https:\/\/\d+\.\d+\.\d+\.\d+:/.test(url));

/**
 * 手机和其他电脑: a QR code a phone scans to open the host's 安装证书 page (and from there the app),
 * one per network address of this PC, the first shown.
 */
export function PhonesPanel({ urls }: { urls: readonly string[] }) {
  const { t } = useTranslation('settings');
  const choices = byAddress(urls);
  const [chosen, setChosen] = useState(choices[0] ?? null);
  const [image, setImage] = useState<string | null>(null);
  const url = chosen && choices.includes(chosen) ? chosen : (choices[0] ?? null);
  const trustUrl = url && `${url}${TRUST_HASH}`;
  useEffect(() => {
    if (!trustUrl) return;
    let current = true;
    void QRCode.toString(trustUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => current && setImage(`data:image/svg+xml;utf8,${encodeURIComponent(svg)}`));
    return () => void (current = false);
  }, [trustUrl]);
  if (!trustUrl) return null;
  return (
    <Paper withBorder p="sm" data-testid="phones-panel">
      <Group align="flex-start" gap="lg" wrap="nowrap">
        {image && <Image src={image} w={180} h={180} alt={trustUrl} data-testid="phones-qr" />}
        <Stack gap={6} maw={560}>
          <Title order={5}>{t('network.phonesTitle')}</Title>
          <Text size="sm">{t('network.phonesIntro')}</Text>
          <Text size="sm" c="dimmed">
            {t('network.phonesWarning')}
          </Text>
          {choices.length > 1 && <SegmentedControl size="xs" value={url!} onChange={setChosen} data={choices.map((c) => ({ value: c, label: new URL(c).hostname }))} />}
          <Anchor href={trustUrl} target="_blank" size="sm" data-testid="phones-link">
            {trustUrl}
          </Anchor>
        </Stack>
      </Group>
    </Paper>
  );
}
