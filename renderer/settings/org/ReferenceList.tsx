import { Button, Group, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contract, InputOf } from '../../../electron/contract';
import type { Cohort, Major, Project, SchoolClass } from '../../../electron/contract/org';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { ConfirmDialog } from '../../records/ConfirmDialog';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable, type Column } from '../../records/RecordTable';

/** The register's reference lists; each has `<area>.list/create/update/remove` in the contract. */
interface OrgRows {
  projects: Project;
  cohorts: Cohort;
  majors: Major;
  classes: SchoolClass;
}
export type OrgArea = keyof OrgRows;
type FieldsOf<A extends OrgArea> = InputOf<Contract[`${A}.create`]>;

/** What the form holds: any field may still be empty; the backend says which must not be. */
export type Draft<A extends OrgArea> = { [K in keyof FieldsOf<A>]: FieldsOf<A>[K] | null };

interface ReferenceListProps<A extends OrgArea> {
  area: A;
  /** test ids: `create-<entity>`, `row-<entity>`, `edit-<entity>`, `delete-<entity>` */
  entity: string;
  title: string;
  createTitle: string;
  editTitle: string;
  columns: Column<OrgRows[A]>[];
  /** a new record's form; its keys are the fields the form edits */
  blank(): Draft<A>;
  /** what the delete confirmation calls a row */
  describe(row: OrgRows[A]): string;
  fields(form: UseFormReturnType<Draft<A>>): ReactNode;
}

/**
 * One reference list (projects, cohorts, majors, classes): table, create/edit modal and delete
 * confirmation. Only the register's editors see the buttons.
 */
export function ReferenceList<A extends OrgArea>(props: ReferenceListProps<A>) {
  const { area, entity, columns, blank, describe, fields } = props;
  const { t: tc } = useTranslation();
  const canEdit = useCanCall(`${area}.update` as 'projects.update');
  // The method names are built from `area`; the props' types already tie rows and fields to it.
  const list = useApi(`${area}.list` as 'projects.list', {});
  const rows = list.data as OrgRows[A][] | undefined;
  const create = useApiMutation(`${area}.create` as 'projects.create', { notifyErrors: false });
  const update = useApiMutation(`${area}.update` as 'projects.update', { notifyErrors: false });
  const remove = useApiMutation(`${area}.remove` as 'projects.remove', { notifyErrors: false });

  /** null: modal closed; { row: null }: creating */
  const [editing, setEditing] = useState<{ row: OrgRows[A] | null } | null>(null);
  const [deleting, setDeleting] = useState<OrgRows[A] | null>(null);

  const editRow = editing?.row ?? null;
  const initialValues = editRow ? valuesOf(editRow, blank()) : blank();

  const save = (values: Draft<A>) =>
    editRow
      ? update.mutateAsync({ ...values, id: editRow.id, version: editRow.version } as never)
      : create.mutateAsync(values as never);

  const reloadLatest = async () => {
    const fresh = (await list.refetch()).data as OrgRows[A][] | undefined;
    const row = fresh?.find((r) => r.id === editRow?.id);
    setEditing(row ? { row } : null);
  };

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={4}>{props.title}</Title>
        {canEdit && (
          <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setEditing({ row: null })} data-testid={`create-${entity}`}>
            {props.createTitle}
          </Button>
        )}
      </Group>
      <RecordTable
        rowTestId={`row-${entity}`}
        rows={rows}
        columns={columns}
        error={list.error?.message}
        actions={
          canEdit
            ? (row) => (
                <>
                  <Button size="compact-sm" variant="subtle" onClick={() => setEditing({ row })} data-testid={`edit-${entity}`}>
                    {tc('action.edit')}
                  </Button>
                  <Button size="compact-sm" variant="subtle" color="red" onClick={() => setDeleting(row)} data-testid={`delete-${entity}`}>
                    {tc('action.delete')}
                  </Button>
                </>
              )
            : undefined
        }
      />
      <RecordFormModal<Draft<A>>
        opened={editing !== null}
        labels="settings"
        title={editRow ? props.editTitle : props.createTitle}
        formKey={editRow ? `${editRow.id}@${editRow.version}` : 'new'}
        initialValues={initialValues}
        onSave={save}
        onClose={() => setEditing(null)}
        onReloadLatest={editRow ? reloadLatest : undefined}
      >
        {fields}
      </RecordFormModal>
      <ConfirmDialog
        opened={deleting !== null}
        title={tc('records.deleteTitle')}
        message={tc('confirmDelete', { name: deleting ? describe(deleting) : '' })}
        confirmLabel={tc('action.delete')}
        doneMessage={tc('deleted')}
        failedTitle={tc('records.deleteFailed')}
        danger
        onConfirm={() =>
          remove.mutateAsync({ id: deleting!.id, version: deleting!.version }).catch((e: unknown) => {
            // The list may be stale (e.g. someone else edited); show the current one behind the message.
            void list.refetch();
            throw e;
          })
        }
        onClose={() => setDeleting(null)}
      />
    </Stack>
  );
}

/** The row's values of the fields the form edits. */
function valuesOf<D extends object>(row: object, blank: D): D {
  return Object.fromEntries(Object.keys(blank).map((k) => [k, (row as Record<string, unknown>)[k]])) as D;
}
