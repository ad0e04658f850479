import { Button, Group, List, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { OUTCOME_FIGURES, OUTCOME_GROUPINGS, PART_COLUMNS, PLACE_COLUMNS, RATE_COLUMNS } from '../../../electron/contract/outcomes';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { reportPaths } from '../../reports/paths';
import { academicYearLabel, DropoutTable } from './DropoutTable';
import { OutcomeCharts } from './OutcomeCharts';
import { columnTitle, DEFINITIONS, groupName, readOutcomeFilters, setOf } from './outcomeCells';
import { OutcomeTable, type Picked } from './OutcomeTable';
import { StudentsBehind, type Behind } from './StudentsBehind';

/** The first 届 anyone may pick: the programme's first cohorts graduated in 2015. */
const FIRST_YEAR = 2015;

/**
 * 就业统计: where the graduates went, by 届, project, cohort or major, in the figures of the 中职
 * employment statistics, with 流失率 by academic year. Every number lists its students on a click.
 */
export function OutcomesPage() {
  const { t } = useTranslation('outcomes');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const filters = readOutcomeFilters(params);
  const stats = useApi('placements.outcomes', filters);
  const dropout = useApi('placements.dropout', { projectId: filters.projectId });
  const projects = useApi('projects.list', {});
  const [behind, setBehind] = useState<Behind | null>(null);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const lastYear = Number(chinaToday(new Date()).slice(0, 4)) + 1;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, i) => String(lastYear - i));

  const pick = ({ column, row }: Picked) => {
    const figure = setOf(column);
    const base = OUTCOME_FIGURES[figure as keyof typeof OUTCOME_FIGURES] ?? null;
    const group = row ? groupName(t, filters.by, row) : t('total');
    setBehind({
      kind: 'outcome',
      title: t('students.title', { group, figure: columnTitle(t, column) }),
      input: { ...filters, key: row?.key ?? null },
      set: figure,
      base: base === figure ? null : base,
      labels: [t(`figure.${figure}`), base ? t(`figure.${base}`) : ''],
    });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('title')}</Title>
        <Group gap="xs">
          {stats.data && <ExportButton method="placements.outcomesExport" input={filters} count={stats.data.rows.length} />}
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => navigate(reportPaths.outcomes(filters))} data-testid="outcomes-print">
            {t('print')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm">
        <SegmentedControl value={filters.by} onChange={(v) => set('by', v)} data={OUTCOME_GROUPINGS.map((b) => ({ value: b, label: t(`by.${b}`) }))} data-testid="outcomes-by" />
        <Select
          w={140}
          placeholder={t('allYears')}
          clearable
          value={filters.year === null ? null : String(filters.year)}
          onChange={(v) => set('year', v)}
          data={years.map((y) => ({ value: y, label: t('year', { year: y }) }))}
          data-testid="outcomes-year"
        />
        <Select
          w={180}
          placeholder={t('allProjects')}
          clearable
          value={filters.projectId === null ? null : String(filters.projectId)}
          onChange={(v) => set('projectId', v)}
          data={(projects.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          data-testid="outcomes-project"
        />
        <Text size="sm" c="dimmed">
          {t('clickHint')}
        </Text>
      </Group>
      {stats.error && <Text c="red">{stats.error.message}</Text>}
      {stats.data && stats.data.total.figures.graduates.n === 0 && <Text c="dimmed">{t('none')}</Text>}
      {stats.data && (
        <>
          <OutcomeCharts stats={stats.data} />
          <OutcomeTable title={t('sections.rates')} testId="outcomes-rates" stats={stats.data} columns={RATE_COLUMNS} onPick={pick} />
          <OutcomeTable title={t('sections.parts')} testId="outcomes-parts" stats={stats.data} columns={PART_COLUMNS} onPick={pick} />
          <OutcomeTable title={t('sections.places')} testId="outcomes-places" stats={stats.data} columns={PLACE_COLUMNS} onPick={pick} />
        </>
      )}
      {dropout.data && (
        <DropoutTable
          rows={dropout.data}
          onPick={(row) =>
            setBehind({
              kind: 'dropout',
              title: academicYearLabel(t, row),
              input: { projectId: filters.projectId, academicYear: row.academicYear },
              labels: [t('dropout.left'), t('dropout.inSchool')],
            })
          }
        />
      )}
      <Definitions />
      <StudentsBehind behind={behind} onClose={() => setBehind(null)} />
    </Stack>
  );
}

/** 口径说明: how each figure is counted, where the school chose (domain.md asks the page to say so). */
export function Definitions() {
  const { t } = useTranslation('outcomes');
  return (
    <Paper withBorder p="sm" data-testid="outcomes-definitions">
      <Title order={5} mb="xs">
        {t('definitions.title')}
      </Title>
      <List size="sm" spacing={4}>
        {DEFINITIONS.map((k) => (
          <List.Item key={k}>{t(`definitions.${k}`)}</List.Item>
        ))}
      </List>
    </Paper>
  );
}
