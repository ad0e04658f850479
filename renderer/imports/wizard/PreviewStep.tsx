import { Alert, Button, Center, Group, Loader, LoadingOverlay, Pagination, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDownload, IconFileImport, IconRefresh } from '@tabler/icons-react';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportCell } from '../../../electron/contract/importCells';
import { IMPORT_ROW_STATUSES, type ImportDone, type ImportProblem, type ImportRowStatus } from '../../../electron/contract/importRows';
import { useApiMutation } from '../../api/hooks';
import { saveFile } from '../../export/saveFile';
import { ConfirmDialog } from '../../records/ConfirmDialog';
import { problemBook } from '../sheet/problemBook';
import { PreviewTable } from './PreviewTable';
import type { AnyImportField, AnyPreview, ImportSpec, SheetInput } from './spec';
import { useImportPreview } from './useImportPreview';

/** A page of rows: enough to scroll through, few enough that 20,000 never freeze the page. */
const PAGE_SIZE = 100;

type Filter = ImportRowStatus | 'all';

interface Props<P extends AnyPreview> {
  spec: ImportSpec;
  /** the sheet with the kind's own choices */
  input: SheetInput;
  options: object;
  /** the sheet as read, for the problem rows' workbook */
  rows: readonly (readonly (ImportCell | undefined)[])[];
  headerRow: number;
  onBack(): void;
  onDone(done: ImportDone): void;
  /** what a kind shows above the rows (the groups the file names that the register lacks) */
  aside?: (preview: P, busy: boolean) => ReactNode;
  /** sentences the confirmation adds, after what the import will do */
  confirmNotes?: (preview: P) => string[];
}

/** 预览 and 导入: the backend's verdict on each record, filtered and paged; the refused ones as a workbook; the import itself. */
export function PreviewStep<P extends AnyPreview>({ spec, input, options, rows, headerRow, onBack, onDone, aside, confirmNotes }: Props<P>) {
  const { t } = useTranslation('imports');
  const preview = useImportPreview<P>(spec.preview, input, options);
  const [filter, setFilter] = useState<Filter>('all');
  const [page, setPage] = useState(1);
  const [confirming, setConfirming] = useState(false);
  const importing = useApiMutation(spec.run, { notifyErrors: false });
  const data = preview.data;

  const shown = useMemo(() => (data ? (filter === 'all' ? data.rows : data.rows.filter((r) => r.status === filter)) : []), [data, filter]);
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages);
  const toImport = data ? data.counts.new + data.counts.update : 0;

  const choose = (value: string) => {
    setFilter(value as Filter);
    setPage(1);
  };

  const run = async () => {
    if (!data) return;
    const seen = data.rows.flatMap((r) => (r.status === 'update' && r.studentId !== null && r.version !== null ? [{ studentId: r.studentId, version: r.version }] : []));
    onDone(await importing.mutateAsync({ ...input, ...options, seen } as never));
  };

  if (!data) {
    return (
      <Stack gap="sm" mt="md">
        {preview.loading && (
          <Center py="xl">
            <Group gap="sm">
              <Loader size="sm" />
              <Text data-testid="preview-checking">{t('preview.checking', { count: input.rows.length.toLocaleString() })}</Text>
            </Group>
          </Center>
        )}
        {preview.error && (
          <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('preview.failed')} data-testid="preview-error">
            {preview.error}
          </Alert>
        )}
        <Group>
          <Button variant="default" onClick={onBack}>
            {t('back')}
          </Button>
          {preview.error && (
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={preview.rerun}>
              {t('preview.retry')}
            </Button>
          )}
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="sm" mt="md" pos="relative">
      <LoadingOverlay
        visible={preview.loading}
        zIndex={5}
        overlayProps={{ blur: 1 }}
        loaderProps={{ children: <Text>{t('preview.checking', { count: input.rows.length.toLocaleString() })}</Text> }}
      />
      <Group justify="space-between">
        <SegmentedControl
          value={filter}
          onChange={choose}
          data={[
            { value: 'all', label: t('preview.all', { count: data.rows.length }) },
            ...IMPORT_ROW_STATUSES.map((s) => ({ value: s, label: t(`preview.count.${s}`, { count: data.counts[s] }), disabled: data.counts[s] === 0 })),
          ]}
          data-testid="preview-filter"
        />
        <Button variant="subtle" size="xs" leftSection={<IconRefresh size={14} />} onClick={preview.rerun}>
          {t('preview.retry')}
        </Button>
      </Group>
      {preview.error && (
        <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t('preview.failed')}>
          {preview.error}
        </Alert>
      )}
      {aside?.(data, preview.loading)}
      <PreviewTable rows={shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {shown.length > 0 && t('preview.shown', { from: (current - 1) * PAGE_SIZE + 1, to: Math.min(shown.length, current * PAGE_SIZE), count: shown.length })}
        </Text>
        {pages > 1 && <Pagination size="sm" total={pages} value={current} onChange={setPage} data-testid="preview-pages" />}
      </Group>
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('back')}
        </Button>
        {data.counts.error > 0 && <ProblemsButton data={data} fileName={input.fileName} rows={rows} headerRow={headerRow} />}
        <Button leftSection={<IconFileImport size={16} />} disabled={toImport === 0 || preview.loading} onClick={() => setConfirming(true)} data-testid="import-run">
          {t('preview.importButton', { count: toImport })}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={t(`kinds.${spec.kind}.title`)}
        message={[
          t(`kinds.${spec.kind}.confirm`, { created: data.counts.new, updated: data.counts.update }),
          data.counts.error > 0 ? t('confirm.skipped', { count: data.counts.error }) : '',
          ...(confirmNotes?.(data) ?? []),
          t('confirm.backup'),
        ]
          .filter(Boolean)
          .join(t('confirm.joiner'))}
        confirmLabel={t('confirm.action')}
        doneMessage={t('confirm.done')}
        failedTitle={t('confirm.failed')}
        onConfirm={run}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

/** 下载问题行: the refused records as the file had them, with a column saying why, to fix and import again. */
function ProblemsButton({ data, fileName, rows, headerRow }: { data: AnyPreview; fileName: string; rows: Props<AnyPreview>['rows']; headerRow: number }) {
  const { t } = useTranslation('imports');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      // SheetJS is large: loaded only when someone asks for the problem rows.
      const xlsx = await import('xlsx');
      const refused = data.rows.filter((r) => r.status === 'error');
      const describe = ({ header, field, message }: ImportProblem<AnyImportField>) =>
        header ? t('preview.problemCell', { header, message }) : field ? t('preview.problemFieldCell', { field: t(`fields.${field}`), message }) : message;
      const base64 = problemBook(xlsx, rows, headerRow, refused, {
        column: t('preview.problemsColumn'),
        describe,
        joiner: t('preview.problemJoiner'),
        sheetName: t('preview.problemsSheet'),
      });
      saveFile({ fileName: t('preview.problemsFile', { name: fileName.replace(/\.[^.]+$/, '') }), base64 });
      notifications.show({ color: 'teal', message: t('preview.problemsSaved', { count: refused.length }) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button variant="default" color="red" leftSection={<IconDownload size={16} />} loading={busy} onClick={download} data-testid="import-problems">
      {t('preview.downloadProblems')}
    </Button>
  );
}
