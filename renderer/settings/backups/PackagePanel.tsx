import { Alert, Button, Code, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconPackageExport, IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageExported } from '../../../electron/contract/dataPackage';
import { ApiError } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { PackageRestoreModal } from './PackageRestoreModal';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * 数据包 in 设置 → 备份 (the administrator's): the whole office exported into one file to carry to
 * a new PC, said plainly to be kept like cash, and restoring one here.
 */
export function PackagePanel() {
  const { t } = useTranslation('dataPackage');
  const exportPackage = useApiMutation('backups.exportPackage', { notifyErrors: false });
  const [folder, setFolder] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [exported, setExported] = useState<PackageExported | null>(null);
  const [restoring, setRestoring] = useState(false);

  const run = async () => {
    setError(null);
    setExported(null);
    try {
      setExported(await exportPackage.mutateAsync({ folder: folder.trim() === '' ? null : folder.trim() }));
    } catch (e) {
      setError(e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    }
  };

  return (
    <Paper withBorder p="sm" data-testid="package-panel">
      <Stack gap="sm">
        <Title order={5}>{t('title')}</Title>
        <Text size="sm" c="dimmed" maw={900}>
          {t('intro')}
        </Text>
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} data-testid="package-warning">
          {t('warning')}
        </Alert>
        <Group align="flex-end" gap="sm">
          <TextInput
            w={520}
            label={t('fields.folder')}
            description={t('folderHint')}
            placeholder={t('folderExample')}
            value={folder}
            onChange={(e) => setFolder(e.currentTarget.value)}
            error={error}
            data-testid="package-folder"
          />
          <Button leftSection={<IconPackageExport size={16} />} loading={exportPackage.isPending} onClick={run} data-testid="package-export">
            {t('export')}
          </Button>
          <Button variant="default" leftSection={<IconPackageImport size={16} />} onClick={() => setRestoring(true)} data-testid="package-import">
            {t('import')}
          </Button>
        </Group>
        {exportPackage.isPending && (
          <Text size="sm" c="dimmed">
            {t('exporting')}
          </Text>
        )}
        {exported && (
          <Alert color="teal" data-testid="package-exported">
            {t('exported', { size: megabytes(exported.bytes), students: exported.students.toLocaleString() })} <Code>{exported.file}</Code>
          </Alert>
        )}
      </Stack>
      {restoring && <PackageRestoreModal atSetup={false} onClose={() => setRestoring(false)} />}
    </Paper>
  );
}
