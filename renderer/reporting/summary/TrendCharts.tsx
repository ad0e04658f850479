import { LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, type SimpleGridProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TREND_INDICATORS, type SummaryTrend, type TrendIndicator, type TrendPoint } from '../../../electron/contract/reportingSummary';
import { yearLabel } from './summaryColumns';

const INDICATORS = Object.keys(TREND_INDICATORS) as TrendIndicator[];

/** How an indicator is drawn: rates in per cent on 0–100, money in whole yuan. */
const SHAPE: Record<TrendIndicator, { color: string; percent?: true; fen?: true }> = {
  intake: { color: 'gray.6' },
  employmentRate: { color: 'teal.6', percent: true },
  dropoutRate: { color: 'red.6', percent: true },
  shenzhenShare: { color: 'orange.6', percent: true },
  salaryMedian: { color: 'blue.6', fen: true },
  paidPerStudent: { color: 'grape.6', fen: true },
};

const shown = (indicator: TrendIndicator, point: TrendPoint): number | null =>
  point.value === null ? null : SHAPE[indicator].fen ? Math.round(point.value / 100) : point.value;

interface Props {
  trend: SummaryTrend;
  height?: number;
  cols?: SimpleGridProps['cols'];
  /** on the page: a click on a year opens the students or payments behind its point (not on paper) */
  onPick?(indicator: TrendIndicator, point: TrendPoint): void;
}

/**
 * A chart per indicator over the years, each with its values on the points so it reads on paper
 * too. Drawn at once (no animation): the print waits for nothing but the data.
 */
export function TrendCharts({ trend, height = 200, cols = { base: 1, md: 2, lg: 3 }, onPick }: Props) {
  const { t } = useTranslation('summary');
  return (
    <SimpleGrid cols={cols} spacing="md" data-testid="summary-charts">
      {INDICATORS.map((indicator) => {
        const by = TREND_INDICATORS[indicator];
        const shape = SHAPE[indicator];
        const points = trend[indicator];
        const data = points.map((p) => ({ year: yearLabel(t, by, p.year), value: shown(indicator, p), point: p }));
        return (
          <Paper key={indicator} withBorder p="sm" data-testid={`summary-chart-${indicator}`}>
            <Text size="sm" fw={600}>
              {t(`trend.indicator.${indicator}`)}
            </Text>
            <Text size="xs" c="dimmed" mb="xs">
              {t(`trend.${by}`)}
            </Text>
            {data.length === 0 ? (
              <Text size="sm" c="dimmed" h={height}>
                {t('trend.none')}
              </Text>
            ) : (
              <LineChart
                h={height}
                data={data}
                dataKey="year"
                series={[{ name: 'value', label: t(`trend.indicator.${indicator}`), color: shape.color }]}
                unit={shape.percent ? '%' : undefined}
                yAxisProps={{ width: 48, ...(shape.percent ? { domain: [0, 100] } : {}) }}
                valueFormatter={(v) => v.toLocaleString('en-US')}
                withPointLabels
                withTooltip={false}
                lineProps={{ isAnimationActive: false }}
                // Room above the top line for its values and the axis' top label.
                lineChartProps={{ margin: { top: 18, right: 16 } }}
                // Recharts hands a dot's handler the dot's props, its data point among them.
                dotProps={onPick ? { r: 5, cursor: 'pointer', onClick: (dot: unknown) => onPick(indicator, (dot as { payload: { point: TrendPoint } }).payload.point) } : undefined}
                // The dot drawn over a hovered point would take the click (mouse up on it, down on the dot): let it through.
                activeDotProps={onPick ? { pointerEvents: 'none' } : undefined}
                curveType="linear"
              />
            )}
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
