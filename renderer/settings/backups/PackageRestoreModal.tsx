import { Alert, Button, Group, Modal, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackageRestored } from '../../../electron/contract/dataPackage';
import { ApiError } from '../../api/client';
import { showFieldErrors, useApiMutation } from '../../api/hooks';
import { formatDateTime } from '../../format';

/**
 * 从数据包恢复: the package's path (and, for the administrator, a reason). On a fresh install
 * (`atSetup`) it is the first-run page's way in; in 设置 → 备份 it replaces a register in use.
 * Afterwards everyone signs in again: the app goes to its sign-in page by itself, and the notice of
 * what was restored stays until read.
 */
export function PackageRestoreModal({ atSetup, onClose }: { atSetup: boolean; onClose(): void }) {
  const { t } = useTranslation('dataPackage');
  const inUse = useApiMutation('backups.importPackage', { notifyErrors: false });
  const fresh = useApiMutation('backups.importPackageAtSetup', { notifyErrors: false });
  const form = useForm({ initialValues: { file: '', reason: '' } });
  const [error, setError] = useState<string | null>(null);
  const pending = inUse.isPending || fresh.isPending;

  const submit = form.onSubmit(async ({ file, reason }) => {
    setError(null);
    try {
      const restored = atSetup ? await fresh.mutateAsync({ file }) : await inUse.mutateAsync({ file, reason });
      notifications.show({ color: 'teal', title: t('restoredTitle'), message: <Restored restored={restored} />, autoClose: false });
      onClose();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      showFieldErrors(form, e);
      if (e.fields.length === 0) setError(e.message);
    }
  });

  return (
    <Modal opened onClose={onClose} title={t('importTitle')} size="lg" closeOnClickOutside={false}>
      <form noValidate onSubmit={submit}>
        <Stack>
          <Alert color="orange" icon={<IconAlertTriangle size={18} />}>
            {atSetup ? t('setupWarning') : t('importWarning')}
          </Alert>
          <TextInput
            label={t('fields.file')}
            placeholder="E:\帮扶生数据包-….bfpkg"
            withAsterisk
            data-autofocus
            data-testid="package-file"
            {...form.getInputProps('file')}
          />
          {!atSetup && <Textarea label={t('fields.reason')} withAsterisk autosize minRows={2} data-testid="package-reason" {...form.getInputProps('reason')} />}
          {error && (
            <Alert color="red" data-testid="package-error">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" color="orange" loading={pending} data-testid="package-restore">
              {t('restore')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function Restored({ restored }: { restored: PackageRestored }) {
  const { t } = useTranslation('dataPackage');
  return (
    <Stack gap={4} data-testid="package-restored">
      <Text size="sm">{t('restored', { school: restored.school, students: restored.students, createdAt: formatDateTime(restored.createdAt) })}</Text>
      {restored.kept.map((k) => (
        <Text size="sm" key={k.setting}>
          {t('keptSecondFolder', { packaged: k.packaged, kept: k.kept ?? t('none') })}
        </Text>
      ))}
    </Stack>
  );
}
