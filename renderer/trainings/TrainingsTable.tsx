import { ActionIcon, Center, Loader, Table, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Training } from '../../electron/contract/trainings';

const DAY_MS = 86_400_000;
const daysOf = (t: Training) => (Date.parse(t.endDate) - Date.parse(t.startDate)) / DAY_MS + 1;
const nowrap = { whiteSpace: 'nowrap' } as const;

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
  const span = onDelete ? 9 : 8;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover={!!onEdit} withTableBorder verticalSpacing={6} data-testid="trainings-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th style={nowrap}>{t('fields.course')}</Table.Th>
            <Table.Th style={nowrap}>{t('fields.startDate')}</Table.Th>
            <Table.Th style={nowrap}>{t('fields.endDate')}</Table.Th>
            <Table.Th>{t('fields.region')}</Table.Th>
            <Table.Th style={nowrap}>{t('fields.projectName')}</Table.Th>
            <Table.Th ta="right" style={nowrap}>{t('fields.participants')}</Table.Th>
            <Table.Th ta="right" style={nowrap}>{t('fields.registeredParticipants')}</Table.Th>
            <Table.Th>{t('fields.organiser')}</Table.Th>
            {onDelete && <Table.Th w={1} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows?.map((r) => (
            <Table.Tr key={r.id} data-testid="training-row" onClick={onEdit && (() => onEdit(r))} style={onEdit && { cursor: 'pointer' }}>
              <Table.Td style={nowrap}>{r.course}</Table.Td>
              <Table.Td style={nowrap}>{r.startDate}</Table.Td>
              <Table.Td style={nowrap}>
                {r.endDate}{' '}
                <Text span size="xs" c="dimmed">
                  {t('days', { count: daysOf(r) })}
                </Text>
              </Table.Td>
              <Table.Td>{r.region}</Table.Td>
              <Table.Td style={nowrap}>
                {r.projectName ?? (
                  <Text span size="sm" c="dimmed">
                    {t('noProject')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{r.participants.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{r.registeredParticipants.toLocaleString()}</Table.Td>
              <Table.Td>{r.organiser}</Table.Td>
              {onDelete && (
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={tc('action.delete')}
                    data-testid="training-delete"
                    onClick={(e) => {
                      e.stopPropagation();
                      onDelete(r);
                    }}
                  >
                    <IconTrash size={16} />
                  </ActionIcon>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {(rows?.length === 0 || !rows) && (
            <Table.Tr>
              <Table.Td colSpan={span}>
                <Center py="sm">
                  {rows ? (
                    <Text c="dimmed" size="sm">
                      {tc('empty')}
                    </Text>
                  ) : error ? (
                    <Text c="red" size="sm">
                      {error}
                    </Text>
                  ) : (
                    <Loader size="sm" />
                  )}
                </Center>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
