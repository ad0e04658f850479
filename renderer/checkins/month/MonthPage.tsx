import { Button, Checkbox, Group, Paper, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MonthRow } from '../../../electron/contract/checkins';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { currentLocale } from '../../i18n';
import { param, useUrlState } from '../../lists/urlState';
import { ConfirmDialog } from '../../records/ConfirmDialog';
import { RiskBadge, StateBadge } from '../shared/badges';
import { CheckinPages } from '../shared/CheckinPages';
import { coverageText, monthLabel, thisMonth } from '../shared/months';
import { formHref } from './formHref';

const SCHEMA = { month: param.yearMonth(), classId: param.id(), show: param.oneOfOr(['all', 'todo'] as const, 'all') };

/** `/checkins`: who is expected a check-in in the month, who is logged, who is open or overdue; several 正常 in one step. */
export function MonthPage() {
  const { t } = useTranslation('checkins');
  const { current, update } = useUrlState(SCHEMA);
  const month = current.month ?? thisMonth();
  const view = useApi('checkins.month', { month });
  const canLog = useCanCall('checkins.save');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const quick = useApiMutation('checkins.quickNormal', { notifyErrors: false });

  const all = view.data?.rows ?? [];
  const classes = useMemo(() => classOptions(all), [all]);
  const rows = all.filter((r) => (current.classId === null || r.classId === current.classId) && (current.show === 'all' || r.state !== 'done'));
  const counts = countStates(rows);
  const todo = rows.filter((r) => r.state !== 'done');
  const chosen = todo.filter((r) => selected.has(r.studentId));
  const toggle = (id: number, on: boolean) => setSelected((s) => new Set([...s].filter((x) => x !== id).concat(on ? [id] : [])));

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="md">
          <Title order={3}>{t('title')}</Title>
          <CheckinPages />
        </Group>
        <Group gap="sm" align="flex-end">
          <MonthPickerInput
            label={t('month')}
            value={`${month}-01`}
            maxDate={`${thisMonth()}-01`}
            valueFormat={currentLocale() === 'en' ? 'MMM YYYY' : 'YYYY年M月'}
            onChange={(v) => v && (setSelected(new Set()), update({ month: v.slice(0, 7) }))}
            w={140}
            data-testid="checkin-month"
          />
          <Select<number>
            label={t('classFilter')}
            placeholder={t('allClasses')}
            clearable
            searchable
            data={classes}
            value={current.classId}
            onChange={(v) => update({ classId: v })}
            w={180}
            data-testid="checkin-class"
          />
          <SegmentedControl
            value={current.show}
            onChange={(v) => update({ show: v as 'all' | 'todo' })}
            data={[
              { value: 'all', label: t('show.all') },
              { value: 'todo', label: t('show.todo') },
            ]}
            data-testid="checkin-show"
          />
        </Group>
      </Group>
      <Text size="sm" c="dimmed" data-testid="checkin-summary">
        {t('summary', { ...counts, coverage: coverageText(counts.done, counts.expected, currentLocale()) })}
      </Text>
      {canLog && chosen.length > 0 && (
        <Group>
          <Button onClick={() => setConfirming(true)} data-testid="checkin-quick">
            {t('quick.button', { count: chosen.length })}
          </Button>
        </Group>
      )}
      <Paper withBorder style={{ overflowX: 'auto' }}>
        <Table highlightOnHover verticalSpacing={6} fz="sm">
          <Table.Thead>
            <Table.Tr>
              {canLog && (
                <Table.Th w={36}>
                  <Checkbox
                    aria-label={t('quick.selectAll')}
                    checked={todo.length > 0 && chosen.length === todo.length}
                    indeterminate={chosen.length > 0 && chosen.length < todo.length}
                    onChange={(e) => setSelected(new Set(e.currentTarget.checked ? todo.map((r) => r.studentId) : []))}
                  />
                </Table.Th>
              )}
              <Table.Th>{t('columns.name')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('columns.className')}</Table.Th>
              <Table.Th visibleFrom="md">{t('columns.counsellor')}</Table.Th>
              <Table.Th>{t('columns.state')}</Table.Th>
              <Table.Th>{t('columns.risk')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('columns.lastRisk')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={r.studentId} data-testid="checkin-row" data-state={r.state}>
                {canLog && (
                  <Table.Td>
                    {r.state !== 'done' && (
                      <Checkbox
                        aria-label={t('quick.select', { name: r.name })}
                        checked={selected.has(r.studentId)}
                        onChange={(e) => toggle(r.studentId, e.currentTarget.checked)}
                      />
                    )}
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Link to={formHref(month, r.studentId)} data-testid="checkin-open">
                    {r.name}
                  </Link>
                </Table.Td>
                <Table.Td visibleFrom="sm">{r.className ?? '—'}</Table.Td>
                <Table.Td visibleFrom="md">{r.counsellorName ?? '—'}</Table.Td>
                <Table.Td>
                  <StateBadge state={r.state} />
                </Table.Td>
                <Table.Td>
                  <RiskBadge risk={r.risk} />
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <RiskBadge risk={r.lastRisk} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {view.data && rows.length === 0 && (
          <Text c="dimmed" ta="center" py="xl" size="sm">
            {t('noStudents')}
          </Text>
        )}
      </Paper>
      <ConfirmDialog
        opened={confirming}
        title={t('quick.title')}
        message={t('quick.text', { count: chosen.length, month: monthLabel(month, currentLocale()) })}
        confirmLabel={t('quick.confirm')}
        doneMessage={t('quick.done', { count: chosen.length })}
        failedTitle={t('quick.failed')}
        onConfirm={async () => {
          await quick.mutateAsync({ month, studentIds: chosen.map((r) => r.studentId) });
          setSelected(new Set());
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}

function classOptions(rows: MonthRow[]) {
  const seen = new Map<number, string>();
  for (const r of rows) if (r.classId !== null && !seen.has(r.classId)) seen.set(r.classId, r.className ?? '');
  return [...seen].map(([value, label]) => ({ value, label }));
}

function countStates(rows: MonthRow[]) {
  const counts = { expected: rows.length, done: 0, open: 0, overdue: 0 };
  for (const r of rows) counts[r.state] += 1;
  return counts;
}
