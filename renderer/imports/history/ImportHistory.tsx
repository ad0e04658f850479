import { Button, Paper, Text, Title } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportRecord } from '../../../electron/contract/imports';
import { useApi, useApiMutation } from '../../api/hooks';
import { TextareaField } from '../../forms/fields';
import { formatDateTime } from '../../format';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';

/** 导入记录: what each import of the page's kind did, and 撤销 for one whose records nobody has changed since. */
export function ImportHistory({ kind }: { kind: ImportKind }) {
  const { t } = useTranslation('imports');
  const list = useApi('imports.list', {});
  const [undoing, setUndoing] = useState<ImportRecord | null>(null);
  const rows = useMemo(() => list.data?.filter((r) => r.kind === kind), [list.data, kind]);
  if (rows?.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="import-history">
      <Title order={5} mb="xs">
        {t('history.title')}
      </Title>
      <RecordTable<ImportRecord>
        rowTestId="import-record"
        rows={rows}
        error={list.error?.message}
        columns={[
          { key: 'when', header: t('history.when'), nowrap: true, render: (r) => formatDateTime(r.createdAt) },
          { key: 'file', header: t('history.file'), nowrap: true, render: (r) => `${r.fileName} / ${r.sheetName}` },
          { key: 'who', header: t('history.who'), nowrap: true, render: (r) => r.userName },
          {
            key: 'what',
            header: '',
            fill: true,
            render: (r) => (
              <>
                <Text size="sm">{t('history.counts', { created: r.created, updated: r.updated, unchanged: r.unchanged, skipped: r.skipped })}</Text>
                {r.undoneAt && (
                  <Text size="xs" c="dimmed">
                    {t('history.undone', { date: formatDateTime(r.undoneAt), name: r.undoneByName })}
                  </Text>
                )}
                {!r.undoneAt && r.changedSince.length > 0 && (
                  <Text size="xs" c="orange.8">
                    {t('history.changed', { names: r.changedSince.join('、') })}
                  </Text>
                )}
              </>
            ),
          },
        ]}
        actions={(r) =>
          !r.undoneAt && r.changedSince.length === 0 && r.created + r.updated > 0 ? (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconArrowBackUp size={14} />} onClick={() => setUndoing(r)} data-testid="undo-import">
              {t('history.undo')}
            </Button>
          ) : null
        }
      />
      {undoing && <UndoModal record={undoing} onClose={() => setUndoing(null)} />}
    </Paper>
  );
}

function UndoModal({ record, onClose }: { record: ImportRecord; onClose(): void }) {
  const { t } = useTranslation('imports');
  const undo = useApiMutation('imports.undo', { notifyErrors: false });
  return (
    <RecordFormModal
      opened
      labels="imports"
      title={t('history.undoTitle', { file: record.fileName })}
      formKey={`undo-${record.id}`}
      saveLabel={t('history.undo')}
      saveColor="red"
      savedMessage={t('history.undoneMessage')}
      initialValues={{ reason: '' }}
      onSave={({ reason }) => undo.mutateAsync({ id: record.id, reason })}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Text size="sm">{t(`kinds.${record.kind}.undoHint`)}</Text>
          <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />
        </>
      )}
    </RecordFormModal>
  );
}
