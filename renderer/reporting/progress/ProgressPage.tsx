import { Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { chinaToday } from '../../../electron/contract/dates';
import { PROGRESS_DEFINITIONS } from '../../../electron/contract/reportingColumns';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { IsoDateInput } from '../../forms/IsoDateInput';
import { ProgressPrintButtons } from '../../reports/progress/ProgressPrintButtons';
import { ColumnsButton } from './ColumnsButton';
import { FigureDrawer, type Picked } from './FigureDrawer';
import { MoneyTables } from './MoneyTables';
import { isoDay, readProgressInput } from './progressParams';
import { ProgressTable } from './ProgressTable';
import { ProgressSubmit } from '../submissions/ProgressSubmit';


/**
 * 年度进展: the 技能脱贫千校行动进展情况表 for a year (1 January to the report date unless another
 * period is given), by project and in total, with the money by policy and funding source and how
 * each figure is counted. Every number opens the list behind it.
 */
export function ProgressPage() {
  const { t } = useTranslation('reporting');
  const [params, setParams] = useSearchParams();
  const thisYear = Number(chinaToday(new Date()).slice(0, 4));
  const input = readProgressInput(params, thisYear);
  // Always asked afresh: the figures read the whole register, which other pages change.
  const report = useApi('reports.progress', input, { staleTime: 0, placeholderData: keepPreviousData });
  const columns = useApi('reports.progressColumns', {}).data;
  const [picked, setPicked] = useState<Picked | null>(null);
  const set = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  // Only a whole date (or none: the default) changes the period; a half-typed one waits.
  const setDay = (key: 'from' | 'to') => (v: string | null) => {
    if (v === null || isoDay(v) !== null) set({ [key]: v });
  };
  const firstYear = report.data?.firstYear ?? thisYear;
  const years = Array.from({ length: Math.max(1, thisYear - firstYear + 1) }, (_, i) => String(thisYear - i));
  const data = report.data;
  // The period as the backend settled it (its defaults filled in): what the drawer lists, and what a print or an export holds.
  const period = data ? { year: data.year, from: data.from, to: data.to } : input;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <Title order={2}>{t('progress.title')}</Title>
        {data && columns && (
          <Group gap="xs" data-testid="progress-actions">
            <ColumnsButton columns={columns} />
            <ProgressPrintButtons period={period} />
            <ExportButton method="reports.progressExport" input={period} count={data.rows.length + 1} />
          </Group>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <Select
          w={120}
          label={t('progress.year')}
          allowDeselect={false}
          value={String(input.year)}
          // A new year starts from its own default period.
          onChange={(v) => set({ year: v, from: null, to: null })}
          data={years.map((y) => ({ value: y, label: t('progress.yearOption', { year: y }) }))}
          data-testid="progress-year"
        />
        <IsoDateInput w={150} label={t('progress.from')} value={input.from ?? data?.from ?? null} onChange={setDay('from')} data-testid="progress-from" />
        <IsoDateInput w={150} label={t('progress.to')} value={input.to ?? data?.to ?? null} onChange={setDay('to')} data-testid="progress-to" />
        {data && (
          <Text size="sm" pb={8} data-testid="progress-period">
            {t('progress.period', { from: data.from, to: data.to })}
          </Text>
        )}
      </Group>
      {data && <ProgressSubmit period={data} />}
      <Text size="sm" c="dimmed">
        {t('progress.clickHint')}
      </Text>
      {report.error && <Text c="red">{report.error.fields[0]?.message ?? report.error.message}</Text>}
      {data && columns && <ProgressTable report={data} columns={columns} onPick={setPicked} />}
      {data && <MoneyTables report={data} onPick={setPicked} />}
      <Paper withBorder p="sm" data-testid="progress-definitions">
        <Title order={5} mb="xs">
          {t('progress.definitions.title')}
        </Title>
        <List size="sm" spacing={4}>
          {PROGRESS_DEFINITIONS.map((k) => (
            <List.Item key={k}>{t(`progress.definitions.${k}`)}</List.Item>
          ))}
        </List>
      </Paper>
      <FigureDrawer picked={picked} period={period} onClose={() => setPicked(null)} />
    </Stack>
  );
}
