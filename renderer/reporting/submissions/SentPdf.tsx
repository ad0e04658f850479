import { Button, FileButton, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconPaperclip } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SubmissionPdf } from '../../../electron/contract/reportingSubmissions';
import { ApiError, call } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { saveFile } from '../../export/saveFile';
import { sentAt } from './sentAt';

/** A file's bytes as base64, a slice at a time (one String.fromCharCode over megabytes overflows the stack). */
function base64Of(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

const sizeText = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * 所发PDF: the file the authority received, attached once by the office and kept as it came
 * (with its SHA-256), for anyone who reads the submission to download.
 */
export function SentPdf({ id, pdf }: { id: number; pdf: SubmissionPdf | null }) {
  const { t } = useTranslation('submissions');
  const canAttach = useCanCall('reports.attachSubmissionPdf');
  const attach = useApiMutation('reports.attachSubmissionPdf', { notifyErrors: false });
  const [error, setError] = useState<string | null>(null);

  const pick = async (file: File | null) => {
    if (!file) return;
    setError(null);
    attach.mutate(
      { id, fileName: file.name, base64: base64Of(await file.arrayBuffer()) },
      {
        onSuccess: () => notifications.show({ color: 'teal', message: t('pdf.done') }),
        onError: (e) => setError(e instanceof ApiError && e.fields.length ? e.fields.map((f) => f.message).join('；') : e.message),
      },
    );
  };
  const download = async () => saveFile(await call('reports.submissionPdf', { id }), 'application/pdf');

  return (
    <Paper withBorder p="sm" data-testid="submission-pdf">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={2}>
          <Text fw={600}>{t('pdf.title')}</Text>
          {pdf ? (
            <>
              <Text size="sm" data-testid="submission-pdf-file">
                {t('pdf.attached', { fileName: pdf.fileName, size: sizeText(pdf.size), by: pdf.attachedBy, at: sentAt(pdf.attachedAt) })}
              </Text>
              <Text size="xs" c="dimmed" ff="monospace">
                SHA-256 {pdf.sha256}
              </Text>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {canAttach ? t('pdf.hint') : t('pdf.none')}
            </Text>
          )}
          {error && (
            <Text size="sm" c="red" data-testid="submission-pdf-error">
              {error}
            </Text>
          )}
        </Stack>
        {pdf ? (
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download} data-testid="submission-pdf-download">
            {t('pdf.download')}
          </Button>
        ) : (
          canAttach && (
            <FileButton onChange={pick} accept="application/pdf">
              {(props) => (
                <Button {...props} variant="default" leftSection={<IconPaperclip size={16} />} loading={attach.isPending} data-testid="submission-pdf-attach">
                  {t('pdf.attach')}
                </Button>
              )}
            </FileButton>
          )
        )}
      </Group>
    </Paper>
  );
}
