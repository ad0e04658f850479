import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../electron/contract/roles';
import type { User } from '../../../electron/contract/users';
import { useApi, useApiMutation } from '../../api/hooks';
import { formatDateTime } from '../../format';
import { PasswordField, SelectField, SwitchField, TextField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';

/** What the user modal is doing; null = closed. */
type Dialog = { kind: 'create' } | { kind: 'edit'; user: User } | { kind: 'reset'; user: User } | null;

/** 用户管理 (administrators only): accounts, roles, disabling and password resets. */
export function UsersPage() {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const users = useApi('users.list', {});
  const create = useApiMutation('users.create', { notifyErrors: false });
  const update = useApiMutation('users.update', { notifyErrors: false });
  const reset = useApiMutation('users.resetPassword', { notifyErrors: false });
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  const roleSelect = ROLES.map((r) => ({ value: r, label: tc(`role.${r}`) }));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{t('users.title')}</Title>
        <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'create' })} data-testid="create-user">
          {t('users.create')}
        </Button>
      </Group>
      <RecordTable
        rowTestId="row-user"
        rows={users.data}
        error={users.error?.message}
        columns={[
          { key: 'username', header: t('fields.username'), render: (u) => u.username },
          { key: 'displayName', header: t('fields.displayName'), render: (u) => u.displayName, nowrap: true },
          { key: 'role', header: t('fields.role'), render: (u) => tc(`role.${u.role}`) },
          {
            key: 'active',
            header: t('fields.active'),
            render: (u) => (
              <Group gap={4} wrap="nowrap">
                <Badge variant="light" color={u.active ? 'teal' : 'gray'}>
                  {u.active ? t('users.enabled') : t('users.disabled')}
                </Badge>
                {u.mustChangePassword && (
                  <Badge variant="light" color="orange">
                    {t('users.mustChangePassword')}
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            key: 'lastLoginAt',
            header: t('fields.lastLoginAt'),
            nowrap: true,
            render: (u) =>
              u.lastLoginAt ? (
                formatDateTime(u.lastLoginAt)
              ) : (
                <Text span c="dimmed" size="sm">
                  {t('users.neverLoggedIn')}
                </Text>
              ),
          },
        ]}
        actions={(user) => (
          <>
            <Button size="compact-sm" variant="subtle" onClick={() => setDialog({ kind: 'edit', user })} data-testid="edit-user">
              {tc('action.edit')}
            </Button>
            <Button size="compact-sm" variant="subtle" color="orange" onClick={() => setDialog({ kind: 'reset', user })} data-testid="reset-user">
              {t('users.resetPassword')}
            </Button>
          </>
        )}
      />

      {dialog?.kind === 'create' && (
        <RecordFormModal
          labels="settings"
          opened
          title={t('users.create')}
          formKey="create"
          initialValues={{ username: '', displayName: '', role: null as User['role'] | null, password: '' }}
          // The backend answers a missing role at the field.
          onSave={(values) => create.mutateAsync(values as Parameters<typeof create.mutateAsync>[0])}
          onClose={close}
        >
          {(form) => (
            <>
              <TextField form={form} name="username" required autoComplete="off" data-autofocus />
              <TextField form={form} name="displayName" required />
              <SelectField form={form} name="role" required allowDeselect={false} data={roleSelect} />
              <PasswordField
                form={form}
                name="password"
                label={t('names.initialPassword')}
                description={t('users.initialPasswordHint')}
                required
              />
            </>
          )}
        </RecordFormModal>
      )}

      {dialog?.kind === 'edit' && (
        <RecordFormModal
          labels="settings"
          opened
          title={`${t('users.edit')}：${dialog.user.username}`}
          formKey={`${dialog.user.id}@${dialog.user.version}`}
          initialValues={{ displayName: dialog.user.displayName, role: dialog.user.role, active: dialog.user.active }}
          onSave={(values) => update.mutateAsync({ ...values, id: dialog.user.id, version: dialog.user.version })}
          onReloadLatest={async () => {
            const fresh = (await users.refetch()).data?.find((u) => u.id === dialog.user.id);
            setDialog(fresh ? { kind: 'edit', user: fresh } : null);
          }}
          onClose={close}
        >
          {(form) => (
            <>
              <TextField form={form} name="displayName" required data-autofocus />
              <SelectField form={form} name="role" required allowDeselect={false} data={roleSelect} />
              <SwitchField form={form} name="active" description={t('users.activeHint')} />
            </>
          )}
        </RecordFormModal>
      )}

      {dialog?.kind === 'reset' && (
        <RecordFormModal
          labels="settings"
          opened
          title={t('users.resetFor', { name: dialog.user.displayName })}
          formKey={`reset-${dialog.user.id}`}
          initialValues={{ password: '' }}
          onSave={(values) => reset.mutateAsync({ ...values, id: dialog.user.id })}
          savedMessage={t('users.passwordReset')}
          onClose={close}
        >
          {(form) => (
            <>
              <Text size="sm" c="dimmed">
                {t('users.resetHint')}
              </Text>
              <PasswordField form={form} name="password" label={t('names.newPassword')} required data-autofocus />
            </>
          )}
        </RecordFormModal>
      )}
    </Stack>
  );
}
