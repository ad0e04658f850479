import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type TemplateKind } from '../../../electron/contract/imports';
import { ApiError, call } from '../../api/client';
import { saveFile } from '../../export/saveFile';
import type { Book, ReadProblem } from '../read/readBook';
import { useReadBook } from '../read/useReadBook';

/** What the file input offers; anything else dropped is still read, and refused in words if it is not a table. */
const ACCEPT = '.xlsx,.xlsm,.xls,.et,.ods,.csv,.txt';

/** 选择文件: a file dropped or picked, read off the page's thread with its stage shown; the template to start from. */
export function FileStep({ template, onBook }: { template: TemplateKind; onBook: (fileName: string, book: Book) => void }) {
  const { t } = useTranslation('imports');
  const reader = useReadBook();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [over, setOver] = useState(false);

  const describe = (p: ReadProblem) => {
    const key = p.code.replace(/^import_/, '') as 'file_too_large' | 'not_spreadsheet' | 'password' | 'empty' | 'too_many_rows';
    return 'params' in p ? t(`read.${key}`, p.params as Record<string, unknown>) : t(`read.${key}`);
  };

  const read = async (file: File | undefined) => {
    if (!file) return;
    setProblem(null);
    try {
      const result = await reader.read(file);
      if (result.ok) onBook(file.name, result.book);
      else setProblem(describe(result.problem));
    } catch (e) {
      // Another file was picked meanwhile: that one's answer is the one to show.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setProblem(t('read.failed'));
    }
  };

  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files[0]);
  };

  return (
    <Stack gap="md" mt="md" maw={860}>
      <Paper
        withBorder
        p="xl"
        radius="md"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-color-blue-5)' : undefined,
          background: over ? 'var(--mantine-color-blue-0)' : undefined,
        }}
        data-testid="import-drop"
      >
        <Stack align="center" gap="sm" py="lg">
          <IconFileSpreadsheet size={48} stroke={1.3} color="var(--mantine-color-gray-6)" />
          <Text size="lg">{t('file.drop')}</Text>
          <Text size="sm" c="dimmed">
            {t('file.or')}
          </Text>
          <Button leftSection={<IconUpload size={16} />} onClick={() => input.current?.click()} loading={reader.busy} data-testid="import-choose">
            {t('file.choose')}
          </Button>
          <input
            ref={input}
            type="file"
            accept={ACCEPT}
            hidden
            data-testid="import-file"
            onChange={(e) => {
              void read(e.currentTarget.files?.[0]);
              // The same file may be picked again after it was fixed.
              e.currentTarget.value = '';
            }}
          />
        </Stack>
      </Paper>
      {reader.stage && (
        <Stack gap={4} data-testid="import-reading">
          <Text size="sm">{t(`read.${reader.stage}`)}</Text>
          <Progress value={reader.stage === 'reading' ? 30 : 100} animated striped aria-label={t(`read.${reader.stage}`)} />
        </Stack>
      )}
      {problem && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} data-testid="import-read-problem">
          {problem}
        </Alert>
      )}
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" maw={560}>
          {t('file.hint', { max: IMPORT_MAX_BYTES / 1024 / 1024, rows: IMPORT_MAX_ROWS.toLocaleString() })}
        </Text>
        <TemplateButton kind={template} />
      </Group>
    </Stack>
  );
}

function TemplateButton({ kind }: { kind: TemplateKind }) {
  const { t } = useTranslation('imports');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const file = await call('imports.template', { kind });
      saveFile(file);
      notifications.show({ color: 'teal', message: t('file.templateDone', { fileName: file.fileName }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('file.templateFailed'), message: e instanceof ApiError ? e.message : String(e), autoClose: 8000 });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} loading={busy} onClick={download} data-testid="import-template">
      {t('file.template')}
    </Button>
  );
}
