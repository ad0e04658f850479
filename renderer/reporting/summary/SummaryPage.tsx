import { Button, Group, List, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData } from '@tanstack/react-query';
import { IconPrinter } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { SUMMARY_GROUPINGS, TREND_INDICATORS, TREND_LISTS, type TrendIndicator, type TrendPoint } from '../../../electron/contract/reportingSummary';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { SUMMARY_DEFINITIONS } from '../../../electron/contract/reportingSummaryColumns';
import { SummaryDrawer, type Picked } from './SummaryDrawer';
import { SummaryTable } from './SummaryTable';
import { readSummaryInput, summaryPrintPath, yearLabel } from './summaryColumns';
import { TrendCharts } from './TrendCharts';

/**
 * 项目成效: the programme's figures by project or cohort and in total, every number opening the
 * students or payment lines behind it, each indicator charted over the years, and how each is counted.
 */
export function SummaryPage() {
  const { t } = useTranslation('summary');
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const input = readSummaryInput(params);
  // Always asked afresh: the figures read the whole register, which other pages change.
  const summary = useApi('reports.summary', input, { staleTime: 0, placeholderData: keepPreviousData });
  const trend = useApi('reports.summaryTrend', { projectId: input.projectId }, { staleTime: 0, placeholderData: keepPreviousData });
  const projects = useApi('projects.list', {});
  const [picked, setPicked] = useState<Picked | null>(null);
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const data = summary.data;
  const pickPoint = (indicator: TrendIndicator, point: TrendPoint) => {
    const by = TREND_INDICATORS[indicator];
    const { n, d } = TREND_LISTS[indicator];
    setPicked({ figure: n, base: d, key: point.year, groupBy: by, group: yearLabel(t, by, point.year), title: t(`trend.indicator.${indicator}`) });
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={2}>{t('title')}</Title>
        <Group gap="sm">
          <ExportButton method="reports.summaryExport" input={input} count={data && data.rows.length + 1} />
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => navigate(summaryPrintPath(input))} data-testid="summary-print">
            {t('print')}
          </Button>
        </Group>
      </Group>
      <Group gap="sm">
        <SegmentedControl
          value={input.groupBy}
          onChange={(v) => set('groupBy', v)}
          data={SUMMARY_GROUPINGS.map((g) => ({ value: g, label: t(`by.${g}`) }))}
          data-testid="summary-by"
        />
        <Select
          w={180}
          placeholder={t('allProjects')}
          clearable
          value={input.projectId === null ? null : String(input.projectId)}
          onChange={(v) => set('projectId', v)}
          data={(projects.data ?? []).map((p) => ({ value: String(p.id), label: p.name }))}
          data-testid="summary-project"
        />
        <Text size="sm" c="dimmed">
          {t('clickHint')}
        </Text>
      </Group>
      {summary.error && <Text c="red">{summary.error.message}</Text>}
      {data && data.total.counts.intake === 0 && <Text c="dimmed">{t('none')}</Text>}
      {data && <SummaryTable summary={data} onPick={setPicked} />}
      {trend.data && (
        <Stack gap="xs">
          <Title order={4}>{t('trend.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('trend.clickHint')}
          </Text>
          <TrendCharts trend={trend.data} onPick={pickPoint} />
        </Stack>
      )}
      <Paper withBorder p="sm" data-testid="summary-definitions">
        <Title order={5} mb="xs">
          {t('definitions.title')}
        </Title>
        <List size="sm" spacing={4}>
          {SUMMARY_DEFINITIONS.map((k) => (
            <List.Item key={k}>{t(`definitions.${k}`)}</List.Item>
          ))}
        </List>
      </Paper>
      <SummaryDrawer picked={picked} input={input} onClose={() => setPicked(null)} />
    </Stack>
  );
}
