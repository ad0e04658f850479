import { ActionIcon, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../electron/contract/trainings';
import { RecordTable } from '../records/RecordTable';

const DAY_MS = 86_400_000;
const daysOf = (t: Training) => (Date.parse(t.endDate) - Date.parse(t.startDate)) / DAY_MS + 1;

/** The courses, one a row; for those who may edit, a row opens its form and its bin asks to delete it. */
export function TrainingsTable({
  rows,
  error,
  onEdit,
  onDelete,
}: {
  rows: Training[] | undefined;
  error?: string;
  onEdit?(training: Training): void;
  onDelete?(training: Training): void;
}) {
  const { t } = useTranslation('trainings');
  const { t: tc } = useTranslation();
  return (
    <RecordTable<Training>
      testId="trainings-table"
      rowTestId="training-row"
      rows={rows}
      error={error}
      onRowClick={onEdit}
      columns={[
        { key: 'course', header: t('fields.course'), nowrap: true, render: (r) => r.course },
        { key: 'start', header: t('fields.startDate'), nowrap: true, render: (r) => r.startDate },
        {
          key: 'end',
          header: t('fields.endDate'),
          nowrap: true,
          render: (r) => (
            <>
              {r.endDate}{' '}
              <Text span size="xs" c="dimmed">
                {t('days', { count: daysOf(r) })}
              </Text>
            </>
          ),
        },
        { key: 'region', header: t('fields.region'), render: (r) => r.region },
        {
          key: 'project',
          header: t('fields.projectName'),
          nowrap: true,
          render: (r) =>
            r.projectName ?? (
              <Text span size="sm" c="dimmed">
                {t('noProject')}
              </Text>
            ),
        },
        { key: 'participants', header: t('fields.participants'), numeric: true, nowrap: true, render: (r) => r.participants.toLocaleString() },
        { key: 'registered', header: t('fields.registeredParticipants'), numeric: true, nowrap: true, render: (r) => r.registeredParticipants.toLocaleString() },
        { key: 'organiser', header: t('fields.organiser'), render: (r) => r.organiser },
      ]}
      actions={
        onDelete &&
        ((r) => (
          <ActionIcon variant="subtle" color="red" aria-label={tc('action.delete')} data-testid="training-delete" onClick={() => onDelete(r)}>
            <IconTrash size={16} />
          </ActionIcon>
        ))
      }
    />
  );
}
