import { BarChart, type BarChartProps } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LeaderDashboard } from '../../../electron/contract/reportingDashboard';
import { currentLocale } from '../../i18n';
import { monthLabel } from './figures';

const HEIGHT = 220;
const TARGET_COLOR = 'red.6';

function Chart({ title, note, testId, children }: { title: string; note: string | null; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Text size="xs" c={note ? TARGET_COLOR : 'dimmed'} mb="xs">
        {note ?? '\u00a0'}
      </Text>
      {children}
    </Paper>
  );
}

/** A rate's bars on 0–100% with its target, when set, as a dashed line across. */
function rateChart(target: number | null): Partial<BarChartProps> {
  return {
    unit: '%',
    yAxisProps: { domain: [0, 100], width: 44 },
    referenceLines: target === null ? [] : [{ y: target, color: TARGET_COLOR, strokeDasharray: '5 4' }],
    // Room above 100% for its tick and a full bar's value: without it the tick is drawn lower than its line.
    barChartProps: { margin: { top: 16 } },
  };
}

/**
 * 就业率 of the last classes and coverage of the last twelve months, each against its target, and
 * the year's money by month. Drawn at once, no animation.
 */
export function DashboardCharts({ data }: { data: LeaderDashboard }) {
  const { t } = useTranslation('dashboard');
  const locale = currentLocale();
  const note = (percent: number | null) => (percent === null ? null : t('charts.targetLine', { percent }));
  return (
    <SimpleGrid cols={{ base: 1, lg: 3 }} spacing="md" data-testid="dashboard-charts">
      <Chart title={t('charts.employment', { count: data.employmentByYear.length })} note={note(data.employment.mark.percent)} testId="dashboard-chart-employment">
        <BarChart
          h={HEIGHT}
          data={data.employmentByYear.map((y) => ({ year: t('charts.employmentYear', { year: y.year }), rate: y.rate }))}
          dataKey="year"
          series={[{ name: 'rate', label: t('charts.rate'), color: 'teal.6' }]}
          {...rateChart(data.employment.mark.percent)}
          withBarValueLabel
          // Mantine labels a bar with the chart's valueFormatter, which the axis' % would then share.
          valueLabelProps={{ fontSize: 11, formatter: (v: unknown) => (v == null ? '' : String(v)) }}
          maxBarWidth={28}
          barProps={{ isAnimationActive: false }}
        />
      </Chart>
      <Chart title={t('charts.coverage', { count: data.coverageByMonth.length })} note={note(data.coverage.mark.percent)} testId="dashboard-chart-coverage">
        <BarChart
          h={HEIGHT}
          data={data.coverageByMonth.map((m) => ({ month: monthLabel(m.month, locale), coverage: m.coverage }))}
          dataKey="month"
          series={[{ name: 'coverage', label: t('coverage.title'), color: 'blue.6' }]}
          {...rateChart(data.coverage.mark.percent)}
          maxBarWidth={24}
          barProps={{ isAnimationActive: false }}
        />
      </Chart>
      <Chart title={t('charts.money', { year: data.year })} note={null} testId="dashboard-chart-money">
        <BarChart
          h={HEIGHT}
          data={data.paidByMonth.map((m) => ({ month: monthLabel(m.month, locale), paid: Math.round(m.paidFen / 100) }))}
          dataKey="month"
          valueFormatter={(v) => v.toLocaleString('en-US')}
          yAxisProps={{ width: 64 }}
          series={[{ name: 'paid', label: t('charts.paid'), color: 'grape.6' }]}
          maxBarWidth={24}
          barProps={{ isAnimationActive: false }}
        />
      </Chart>
    </SimpleGrid>
  );
}
