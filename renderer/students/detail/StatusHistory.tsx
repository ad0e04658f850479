import { Group, Paper, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { formatDateTime } from '../../format';
import { StatusBadge } from '../shared/StatusBadge';

/** The 状态记录 tab: every status event of the student, newest first. */
export function StatusHistory({ student }: { student: Student }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const history = useApi('students.history', { id: student.id });
  if (!history.data) return <Text c="dimmed">{history.error?.message ?? tc('loading')}</Text>;
  return (
    <Paper withBorder>
      <Table striped verticalSpacing={8} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('history.date')}</Table.Th>
            <Table.Th w={90}>{t('history.event')}</Table.Th>
            <Table.Th w={200}>{t('history.change')}</Table.Th>
            <Table.Th>{t('history.reason')}</Table.Th>
            <Table.Th w={120}>{t('history.by')}</Table.Th>
            <Table.Th w={170}>{t('history.recordedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((row) => (
            <Table.Tr key={row.id} data-testid="history-row">
              <Table.Td>{row.date}</Table.Td>
              <Table.Td>{t(`event.${row.event}`)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  {row.fromStatus && <StatusBadge status={row.fromStatus} />}
                  {row.fromStatus && <IconArrowRight size={14} />}
                  <StatusBadge status={row.toStatus} />
                </Group>
              </Table.Td>
              <Table.Td>{row.reason || '—'}</Table.Td>
              <Table.Td>{row.userName ?? '—'}</Table.Td>
              <Table.Td c="dimmed">{formatDateTime(row.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
