import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LedgerLine, LedgerYear } from '../../../electron/contract/allowanceLedger';
import type { Student } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { STATUS_COLOURS } from '../batches/BatchesPage';
import { yuan } from '../../format';

/**
 * The student page's 资助 tab: for each academic year, what each policy gave (drafts included, as
 * the caps count them), what is paid and what the cap leaves; then every line, newest first.
 */
export function StudentLedger({ student }: { student: Student }) {
  const { t } = useTranslation('allowances');
  const { t: tc } = useTranslation();
  const ledger = useApi('allowances.ledger', { studentId: student.id });
  if (!ledger.data) return <Text c="dimmed">{ledger.error?.message ?? tc('loading')}</Text>;
  if (ledger.data.lines.length === 0) return <Text c="dimmed">{t('ledger.empty')}</Text>;
  const byYear = new Map<number, LedgerYear[]>();
  for (const y of ledger.data.years) byYear.set(y.academicYear, [...(byYear.get(y.academicYear) ?? []), y]);

  return (
    <Stack gap="md">
      {[...byYear].map(([year, policies]) => (
        <Paper withBorder p="sm" key={year} data-testid="ledger-year">
          <Group justify="space-between" mb="xs">
            <Title order={5}>{t('ledger.year', { year, next: year + 1 })}</Title>
            <Text size="sm" c="dimmed">
              {t('ledger.yearPaid', { amount: yuan(policies.filter((p) => p.kind === 'cash').reduce((s, p) => s + p.paidFen, 0)) })}
            </Text>
          </Group>
          <Table fz="sm" verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('batches.policy')}</Table.Th>
                <Table.Th ta="right">{t('ledger.given')}</Table.Th>
                <Table.Th ta="right">{t('ledger.paid')}</Table.Th>
                <Table.Th ta="right">{t('ledger.cap')}</Table.Th>
                <Table.Th ta="right">{t('ledger.remaining')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {policies.map((p) => (
                <Table.Tr key={p.policyId} data-testid="ledger-policy">
                  <Table.Td>
                    {p.policyName}
                    {p.kind === 'waiver' && (
                      <Badge ml="xs" size="xs" variant="light" color="gray">
                        {t('kind.waiver')}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{yuan(p.givenFen)}</Table.Td>
                  <Table.Td ta="right">{yuan(p.paidFen)}</Table.Td>
                  <Table.Td ta="right">{p.capFen === null ? '—' : yuan(p.capFen)}</Table.Td>
                  <Table.Td ta="right">{p.remainingFen === null ? '—' : yuan(p.remainingFen)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ))}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table striped fz="sm" verticalSpacing={6}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('batches.batchNo')}</Table.Th>
              <Table.Th>{t('batches.policy')}</Table.Th>
              <Table.Th>{t('batches.period')}</Table.Th>
              <Table.Th>{t('batches.status')}</Table.Th>
              <Table.Th ta="right">{t('batches.amount')}</Table.Th>
              <Table.Th>{t('batches.lineReason')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {ledger.data.lines.map((l) => (
              <LineRow key={l.lineId} line={l} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}

function LineRow({ line }: { line: LedgerLine }) {
  const { t } = useTranslation('allowances');
  const note = [
    line.reverses && t('lines.reverses', line.reverses),
    line.reversedFen > 0 && t('ledger.reversed', { amount: yuan(line.reversedFen) }),
    line.reason,
  ].filter(Boolean);
  return (
    <Table.Tr data-testid="ledger-line">
      <Table.Td>
        <Anchor component={Link} to={`/allowances/batches/${line.batchId}`} size="sm">
          {line.batchNo}
        </Anchor>
      </Table.Td>
      <Table.Td>{line.policyName}</Table.Td>
      <Table.Td>{line.period}</Table.Td>
      <Table.Td>
        <Badge color={STATUS_COLOURS[line.status]} variant="light">
          {t(`batchStatus.${line.status}`)}
        </Badge>
        {line.paidOn && (
          <Text span size="xs" c="dimmed" ml={4}>
            {line.paidOn}
          </Text>
        )}
      </Table.Td>
      <Table.Td ta="right" c={line.amountFen < 0 ? 'red' : undefined}>
        {yuan(line.amountFen)}
      </Table.Td>
      <Table.Td>{note.join('；')}</Table.Td>
    </Table.Tr>
  );
}
