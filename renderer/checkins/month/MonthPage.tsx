import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { MonthPickerInput } from '@mantine/dates';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonthRow } from '../../../electron/contract/checkins';
import { useApi, useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { currentLocale } from '../../i18n';
import { param, useUrlState } from '../../lists/urlState';
import { ConfirmDialog } from '../../records/ConfirmDialog';
import { usePhone } from '../../ui/usePhone';
import { CheckinPages } from '../shared/CheckinPages';
import { coverageText, monthLabel, thisMonth } from '../shared/months';
import { MonthList } from './MonthList';
import { MonthTable } from './MonthTable';

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
  const selection = canLog
    ? { chosen: chosen.length, has: (id: number) => selected.has(id), toggle, setAll: (on: boolean) => setSelected(new Set(on ? todo.map((r) => r.studentId) : [])) }
    : null;
  const list = { month, rows, todo, selection };
  const phone = usePhone();
  // On a phone the filters take the width: month and class side by side, 全部/未填 under them.
  const filter = (w: number) => (phone ? { flex: 1, miw: 0 } : { w });

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Group gap="md">
          <Title order={3}>{t('title')}</Title>
          <CheckinPages />
        </Group>
        <Group gap="sm" align="flex-end" w={phone ? '100%' : undefined}>
          <MonthPickerInput
            label={t('month')}
            value={`${month}-01`}
            maxDate={`${thisMonth()}-01`}
            valueFormat={currentLocale() === 'en' ? 'MMM YYYY' : 'YYYY年M月'}
            onChange={(v) => v && (setSelected(new Set()), update({ month: v.slice(0, 7) }))}
            {...filter(140)}
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
            {...filter(180)}
            data-testid="checkin-class"
          />
          <SegmentedControl
            value={current.show}
            onChange={(v) => update({ show: v as 'all' | 'todo' })}
            data={[
              { value: 'all', label: t('show.all') },
              { value: 'todo', label: t('show.todo') },
            ]}
            fullWidth={phone}
            w={phone ? '100%' : undefined}
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
        {phone ? <MonthList {...list} /> : <MonthTable {...list} />}
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
