import { LineChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import type { TooltipContentProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import { RISKS } from '../../../electron/contract/checkins';
import type { TimelineCheckin } from '../../../electron/contract/followups';
import { currentLocale } from '../../i18n';
import { monthLabel } from '../shared/months';

interface Point {
  month: string;
  /** 0 正常, 1 关注, 2 高风险: the order of RISKS */
  risk: number;
  attendance: number | null;
}

/** Risk (left, 正常/关注/高风险) and attendance (right, %) month by month, oldest first. */
export function RiskChart({ checkins }: { checkins: TimelineCheckin[] }) {
  const { t } = useTranslation('checkins');
  const points: Point[] = checkins
    .map((c) => ({ month: c.month, risk: RISKS.indexOf(c.risk), attendance: c.attendancePct }))
    .reverse();
  const riskName = (v: number) => (RISKS[v] ? t(`risk.${RISKS[v]}`) : '');
  return (
    <LineChart
      h={180}
      data={points}
      dataKey="month"
      series={[
        { name: 'risk', label: t('timeline.riskSeries'), color: 'red.6' },
        { name: 'attendance', label: t('timeline.attendanceSeries'), color: 'blue.6', yAxisId: 'right' },
      ]}
      curveType="linear"
      withLegend
      connectNulls
      gridAxis="y"
      yAxisProps={{ domain: [0, 2], ticks: [0, 1, 2], tickFormatter: riskName, width: 56 }}
      withRightYAxis
      rightYAxisProps={{ domain: [0, 100], ticks: [0, 50, 100], tickFormatter: (v: number) => `${v}%`, width: 44 }}
      tooltipProps={{ content: (props) => <PointTooltip {...(props as TooltipContentProps<number, string>)} riskName={riskName} /> }}
      data-testid="checkin-chart"
    />
  );
}

/** One month's risk in words and its attendance, rather than the numbers the chart plots. */
function PointTooltip({ active, payload, riskName }: TooltipContentProps<number, string> & { riskName(v: number): string }) {
  const { t } = useTranslation('checkins');
  const point = payload?.[0]?.payload as Point | undefined;
  if (!active || !point) return null;
  return (
    <Paper withBorder shadow="sm" p="xs" fz="sm">
      <Text size="sm" fw={600}>
        {monthLabel(point.month, currentLocale())}
      </Text>
      <Text size="sm">{t('timeline.pair', { label: t('timeline.riskSeries'), value: riskName(point.risk) })}</Text>
      <Text size="sm">{t('timeline.pair', { label: t('timeline.attendanceSeries'), value: point.attendance === null ? '—' : `${point.attendance}%` })}</Text>
    </Paper>
  );
}
