import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDatabaseExport, IconRestore } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupEntry } from '../../../electron/contract/backups';
import { ApiError } from '../../api/client';
import { useApi, useApiMutation } from '../../api/hooks';
import { canRoleCall } from '../../auth/permissions';
import { useCurrentUser } from '../../auth/session';
import { formatDateTime } from '../../format';
import { TextareaField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';
import { PackagePanel } from './PackagePanel';
import { reasonLabel } from './reasons';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** A row of the table: the table keys its rows by number. */
type Row = BackupEntry & { id: number };

/**
 * 备份: the backups kept in the data folder (one a day while the app runs, one before each risky
 * step, those taken by hand), a backup now, the second folder they are copied to, and 恢复 for the
 * administrator.
 */
export function BackupsPage() {
  const { t } = useTranslation('settings');
  const role = useCurrentUser().role;
  const list = useApi('backups.list', {});
  const create = useApiMutation('backups.create', { notifyErrors: false });
  const [restoring, setRestoring] = useState<BackupEntry | null>(null);

  const takeNow = async () => {
    try {
      const entry = await create.mutateAsync({});
      notifications.show({ color: 'teal', message: t('backups.taken', { name: entry.name }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('backups.takeFailed'), message: e instanceof ApiError ? e.message : String(e), autoClose: 10_000 });
    }
  };

  return (
    <Stack gap="sm" data-testid="backups-page">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4} maw={760}>
          <Title order={4}>{t('backups.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('backups.intro')}
          </Text>
          {list.data && (
            <Text size="sm">
              {t('backups.folder')} <Code data-testid="backups-folder">{list.data.folder}</Code>
            </Text>
          )}
        </Stack>
        <Button leftSection={<IconDatabaseExport size={16} />} loading={create.isPending} onClick={takeNow} data-testid="backup-now">
          {t('backups.now')}
        </Button>
      </Group>
      {list.data && canRoleCall(role, 'backups.setSecondFolder') && <SecondFolder current={list.data.secondFolder} problem={list.data.secondFolderProblem} />}
      <RecordTable<Row>
        rowTestId="backup-row"
        rows={list.data?.entries.map((entry, id) => ({ ...entry, id }))}
        error={list.error?.message}
        columns={[
          { key: 'takenAt', header: t('backups.takenAt'), nowrap: true, render: (b) => formatDateTime(b.takenAt) },
          { key: 'why', header: t('backups.why'), nowrap: true, render: (b) => reasonLabel(t, b.why) },
          { key: 'size', header: t('backups.size'), nowrap: true, render: (b) => t('backups.megabytes', { size: megabytes(b.bytes) }) },
          { key: 'students', header: t('backups.students'), nowrap: true, render: (b) => (b.students === null ? '—' : b.students.toLocaleString()) },
          {
            key: 'check',
            header: t('backups.check'),
            fill: true,
            render: (b) => (
              <Badge variant="light" color={b.ok ? 'teal' : 'red'}>
                {b.ok ? t('backups.ok') : t(`backups.problem.${b.problem ?? 'damaged'}`)}
              </Badge>
            ),
          },
        ]}
        actions={(b) =>
          b.ok && canRoleCall(role, 'backups.restore') ? (
            <Button size="compact-sm" variant="subtle" color="orange" leftSection={<IconRestore size={14} />} onClick={() => setRestoring(b)} data-testid="restore-backup">
              {t('backups.restore')}
            </Button>
          ) : null
        }
      />
      {restoring && <RestoreModal backup={restoring} onClose={() => setRestoring(null)} />}
      {canRoleCall(role, 'backups.exportPackage') && <PackagePanel />}
    </Stack>
  );
}

/** 第二备份文件夹: a USB disk or a share each backup is copied to as well. */
function SecondFolder({ current, problem }: { current: string | null; problem: string | null }) {
  const { t } = useTranslation('settings');
  const save = useApiMutation('backups.setSecondFolder', { notifyErrors: false });
  const [folder, setFolder] = useState(current ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setFolder(current ?? ''), [current]);

  const submit = async () => {
    setError(null);
    try {
      await save.mutateAsync({ folder: folder.trim() === '' ? null : folder.trim() });
      notifications.show({ color: 'teal', message: t('backups.secondSaved') });
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    }
  };

  return (
    <Paper withBorder p="sm">
      <Group align="flex-end" gap="sm">
        <TextInput
          w={520}
          label={t('backups.secondFolder')}
          description={t('backups.secondFolderHint')}
          placeholder={t('backups.secondFolderExample')}
          value={folder}
          onChange={(e) => setFolder(e.currentTarget.value)}
          error={error}
          data-testid="second-folder"
        />
        <Button variant="default" loading={save.isPending} disabled={folder.trim() === (current ?? '')} onClick={submit} data-testid="second-folder-save">
          {t('backups.secondSave')}
        </Button>
      </Group>
      {problem && (
        <Alert mt="sm" color="orange" icon={<IconAlertTriangle size={18} />} data-testid="second-folder-problem">
          {t('backups.copyFailed', { reason: problem })}
        </Alert>
      )}
    </Paper>
  );
}

/** 恢复: what it does said plainly, a reason asked for; afterwards everyone signs in again, this user too. */
function RestoreModal({ backup, onClose }: { backup: BackupEntry; onClose(): void }) {
  const { t } = useTranslation('settings');
  const restore = useApiMutation('backups.restore', { notifyErrors: false });
  return (
    <RecordFormModal
      opened
      labels="settings"
      title={t('backups.restoreTitle', { when: formatDateTime(backup.takenAt) })}
      formKey={`restore-${backup.name}`}
      saveLabel={t('backups.restore')}
      saveColor="orange"
      savedMessage={t('backups.restored')}
      initialValues={{ reason: '' }}
      onSave={async ({ reason }) => {
        await restore.mutateAsync({ name: backup.name, reason });
        // The sessions were the backup's: signing in again is the only way on, for everyone.
        setTimeout(() => window.location.reload(), 1500);
      }}
      onClose={onClose}
    >
      {(form) => (
        <>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {t('backups.restoreWarning', { when: formatDateTime(backup.takenAt), students: backup.students ?? 0 })}
          </Alert>
          <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />
        </>
      )}
    </RecordFormModal>
  );
}
