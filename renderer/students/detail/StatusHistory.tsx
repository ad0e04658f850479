import { Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusEventRow, Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { formatDateTime } from '../../format';
import { StatusBadge } from '../shared/StatusBadge';
import { StatusChangeModal } from './StatusChangeModal';
import { VoidStatusModal } from './VoidStatusModal';

type Fixing = { kind: 'correct' | 'withdraw'; event: StatusEventRow; previous: StatusEventRow };

/**
 * The 状态记录 tab: every status event of the student, newest first. Withdrawn ones stay, struck
 * through, with who withdrew them, when and why. The latest event in effect (not the 入学) can be
 * corrected or withdrawn by the roles the contract allows.
 */
export function StatusHistory({ student }: { student: Student }) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const canFix = useCanCall('students.voidStatus');
  const history = useApi('students.history', { id: student.id });
  const [fixing, setFixing] = useState<Fixing | null>(null);
  if (!history.data) return <Text c="dimmed">{history.error?.message ?? tc('loading')}</Text>;
  const [latest, previous] = history.data.filter((row) => row.voidedAt === null);
  const fixable = canFix && latest && previous ? latest : null;

  return (
    <Paper withBorder>
      <Table striped verticalSpacing={8} fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={110}>{t('history.date')}</Table.Th>
            <Table.Th w={100}>{t('history.event')}</Table.Th>
            <Table.Th w={200}>{t('history.change')}</Table.Th>
            <Table.Th>{t('history.reason')}</Table.Th>
            <Table.Th w={120}>{t('history.by')}</Table.Th>
            <Table.Th w={170}>{t('history.recordedAt')}</Table.Th>
            {canFix && <Table.Th w={130} />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.data.map((row) => {
            const voided = row.voidedAt !== null;
            // Struck through and dimmed: still readable, plainly no longer in effect.
            const struck = voided ? ({ td: 'line-through', c: 'dimmed' } as const) : {};
            return (
              <Table.Tr key={row.id} data-testid="history-row" data-voided={voided || undefined}>
                <Table.Td {...struck}>{row.date}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Text span size="sm" {...struck}>
                      {t(`event.${row.event}`)}
                    </Text>
                    {row.correctsId !== null && (
                      <Badge size="xs" variant="light" color="blue">
                        {t('history.correction')}
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap" opacity={voided ? 0.45 : 1}>
                    {row.fromStatus && <StatusBadge status={row.fromStatus} />}
                    {row.fromStatus && <IconArrowRight size={14} />}
                    <StatusBadge status={row.toStatus} />
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" {...struck}>
                    {row.reason || '—'}
                  </Text>
                  {voided && (
                    <Text size="xs" c="red.8" mt={2} data-testid="history-void-note">
                      <Badge size="xs" color="red" variant="light" mr={6}>
                        {t('history.voided')}
                      </Badge>
                      {t('history.voidedNote', { by: row.voidedByName ?? '—', at: formatDateTime(row.voidedAt!), reason: row.voidReason })}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td {...struck}>{row.userName ?? '—'}</Table.Td>
                <Table.Td c="dimmed">{formatDateTime(row.createdAt)}</Table.Td>
                {canFix && (
                  <Table.Td>
                    {row === fixable && (
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="light" data-testid="history-correct" onClick={() => setFixing({ kind: 'correct', event: row, previous })}>
                          {t('history.correct')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="light"
                          color="red"
                          data-testid="history-withdraw"
                          onClick={() => setFixing({ kind: 'withdraw', event: row, previous })}
                        >
                          {t('history.withdraw')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {fixing?.kind === 'correct' && <StatusChangeModal student={student} correcting={fixing.event} onClose={() => setFixing(null)} />}
      {fixing?.kind === 'withdraw' && (
        <VoidStatusModal student={student} event={fixing.event} previous={fixing.previous} onClose={() => setFixing(null)} />
      )}
    </Paper>
  );
}
