import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Internship } from '../../../electron/contract/internships';
import type { Student } from '../../../electron/contract/students';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { TextareaField } from '../../forms/fields';
import { RecordFormModal } from '../../records/RecordFormModal';
import { RecordTable } from '../../records/RecordTable';
import { yuan } from '../../format';
import { InternshipModal } from './InternshipModal';
import { InternshipVisits } from './InternshipVisits';

/** The student page's 实习 tab: every internship, newest first, with the papers a work placement still lacks, and the visits to each. */
export function StudentInternships({ student }: { student: Student }) {
  const { t } = useTranslation('placements');
  const { t: tc } = useTranslation();
  const list = useApi('internships.ofStudent', { studentId: student.id });
  const canEdit = useCanCall('internships.create');
  const [editing, setEditing] = useState<{ internship: Internship | null } | null>(null);
  const [removing, setRemoving] = useState<Internship | null>(null);

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={760}>
          {t('internships.hint')}
        </Text>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({ internship: null })} data-testid="add-internship">
            {t('internships.add')}
          </Button>
        )}
      </Group>
      {list.data?.length === 0 && <Text c="dimmed">{t('internships.empty')}</Text>}
      <RecordTable
        rowTestId="internship-row"
        rows={list.data}
        error={list.error?.message}
        columns={[
          { key: 'kind', header: t('fields.kind'), nowrap: true, render: (i) => t(`kind.${i.kind}`) },
          { key: 'company', header: t('fields.companyId'), fill: true, render: (i) => [i.companyName, i.position, i.city].filter(Boolean).join(' · ') },
          {
            key: 'dates',
            header: t('internships.dates'),
            nowrap: true,
            render: (i) => (i.endDate ? t('internships.period', { from: i.startDate, to: i.endDate }) : t('internships.since', { from: i.startDate })),
          },
          { key: 'pay', header: t('fields.monthlyPayFen'), numeric: true, nowrap: true, render: (i) => (i.monthlyPayFen === null ? '' : yuan(i.monthlyPayFen)) },
          { key: 'supervisors', header: t('internships.supervisors'), nowrap: true, render: (i) => [i.schoolSupervisor, i.companySupervisor].filter(Boolean).join(' / ') },
          { key: 'documents', header: t('internships.documents'), nowrap: true, render: (i) => <Documents internship={i} /> },
        ]}
        actions={
          canEdit
            ? (i) => (
                <>
                  <Button size="xs" variant="subtle" leftSection={<IconPencil size={14} />} onClick={() => setEditing({ internship: i })} data-testid="edit-internship">
                    {tc('action.edit')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => setRemoving(i)} data-testid="remove-internship">
                    {t('internships.remove')}
                  </Button>
                </>
              )
            : undefined
        }
      />
      {list.data && <InternshipVisits studentId={student.id} internships={list.data} canEdit={canEdit} />}
      {editing && <InternshipModal studentId={student.id} internship={editing.internship} onClose={() => setEditing(null)} />}
      {removing && <RemoveModal internship={removing} onClose={() => setRemoving(null)} />}
    </Stack>
  );
}

function Documents({ internship: i }: { internship: Internship }) {
  const { t } = useTranslation('placements');
  if (i.kind === 'recognition') return null;
  // max-content: beside the column that takes the width, a badge would shrink to its ellipsis.
  return i.missingDocuments.length ? (
    <Badge color="red" variant="light" miw="max-content" data-testid="internship-missing">
      {t('internships.missing', { docs: i.missingDocuments.map((d) => t(`document.${d}`)).join('、') })}
    </Badge>
  ) : (
    <Badge color="green" variant="light" miw="max-content">
      {t('internships.complete')}
    </Badge>
  );
}

function RemoveModal({ internship: i, onClose }: { internship: Internship; onClose(): void }) {
  const { t } = useTranslation('placements');
  const remove = useApiMutation('internships.remove', { notifyErrors: false });
  return (
    <RecordFormModal
      opened
      labels="placements"
      title={t('internships.removeTitle', { company: i.companyName, from: i.startDate })}
      formKey={`remove-${i.id}@${i.version}`}
      saveLabel={t('internships.remove')}
      savedMessage={t('internships.removed')}
      initialValues={{ reason: '' }}
      onSave={({ reason }) => remove.mutateAsync({ id: i.id, version: i.version, reason })}
      onClose={onClose}
    >
      {(form) => <TextareaField form={form} name="reason" required autosize minRows={2} data-autofocus />}
    </RecordFormModal>
  );
}
