import { Button, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf, MethodName, ResultOf } from '../../electron/contract';
import type { ExportFile } from '../../electron/contract/export';
import { ApiError, call } from '../api/client';
import { saveFile } from './saveFile';

/** The contract methods that answer with a spreadsheet. */
export type ExportMethod = { [M in MethodName]: ResultOf<Contract[M]> extends ExportFile ? M : never }[MethodName];

/** A quick export (a class of 40) just shows the button busy; a long one says what it is doing. */
const PROGRESS_AFTER_MS = 300;

interface Props<M extends ExportMethod> {
  method: M;
  /** the list's current filters and order, as it sends them for its page */
  input: InputOf<Contract[M]>;
  /** how many records the list holds with those filters (what the export will have) */
  count: number | undefined;
}

/**
 * 导出 Excel for any list: asks the backend for the list's records with its current filters and
 * order, shows progress while the file is made (one call, so the count and the time so far,
 * not a percentage), then saves the file.
 */
export function ExportButton<M extends ExportMethod>({ method, input, count }: Props<M>) {
  const { t } = useTranslation('export');
  const [startedAt, setStartedAt] = useState<number | null>(null);

  const run = async () => {
    setStartedAt(Date.now());
    try {
      const file = (await call(method, input)) as ExportFile;
      saveFile(file);
      notifications.show({ color: 'teal', message: t('done', { count: file.rows.toLocaleString(), fileName: file.fileName }) });
    } catch (e) {
      // A refusal names its reason at the filter (too many rows); that is the one to show.
      const message = e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e);
      notifications.show({ color: 'red', title: t('failed'), message, autoClose: 8000 });
    } finally {
      setStartedAt(null);
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} />}
        loading={startedAt !== null}
        disabled={!count}
        onClick={run}
        data-testid="export-button"
      >
        {t('button')}
      </Button>
      <ExportProgress startedAt={startedAt} count={count ?? 0} />
    </>
  );
}

function ExportProgress({ startedAt, count }: { startedAt: number | null; count: number }) {
  const { t } = useTranslation('export');
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [startedAt]);
  const elapsed = startedAt === null ? 0 : Math.max(0, now - startedAt);

  return (
    <Modal
      opened={startedAt !== null && elapsed >= PROGRESS_AFTER_MS}
      onClose={() => {}}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={t('progressTitle')}
    >
      <Stack gap="sm" data-testid="export-progress">
        <Text size="sm">{t('progress', { count: count.toLocaleString() })}</Text>
        <Progress value={100} animated striped aria-label={t('progressTitle')} />
        <Text size="sm" c="dimmed">
          {t('elapsed', { seconds: (elapsed / 1000).toFixed(1) })}
        </Text>
      </Stack>
    </Modal>
  );
}
