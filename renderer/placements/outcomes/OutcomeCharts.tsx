import { BarChart } from '@mantine/charts';
import { Grid, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { percentOf, type OutcomeStats } from '../../../electron/contract/outcomes';
import { groupName } from './outcomeCells';


/** The rates side by side per group, and where the directly employed went (留深 / 回乡 / 其他). */
export function OutcomeCharts({ stats }: { stats: OutcomeStats }) {
  const { t } = useTranslation('outcomes');
  const rows = stats.rows.filter((r) => r.figures.graduates.n > 0);
  if (rows.length === 0) return null;
  const data = rows.map((r) => ({
    group: groupName(t, stats.by, r),
    employed: percentOf(r.figures.employed.n, r.figures.employed.d),
    direct: percentOf(r.figures.direct.n, r.figures.direct.d),
    furtherStudy: percentOf(r.figures.furtherStudy.n, r.figures.furtherStudy.d),
    shenzhen: r.figures.shenzhen.n,
    home: r.figures.home.n,
    otherPlace: r.figures.otherPlace.n,
  }));
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Paper withBorder p="sm">
          <Text size="sm" fw={600} mb="xs">
            {t('chartTitle')}
          </Text>
          <BarChart
            h={240}
            data={data}
            dataKey="group"
            unit="%"
            yAxisProps={{ domain: [0, 100], width: 44 }}
            withLegend
            series={[
              { name: 'employed', label: t('rate.employed'), color: 'teal.6' },
              { name: 'direct', label: t('rate.direct'), color: 'blue.6' },
              { name: 'furtherStudy', label: t('rate.furtherStudy'), color: 'grape.5' },
            ]}
            data-testid="outcome-rates-chart"
          />
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Paper withBorder p="sm">
          <Text size="sm" fw={600} mb="xs">
            {t('placesChart')}
          </Text>
          <BarChart
            h={240}
            data={data}
            dataKey="group"
            type="stacked"
            withLegend
            yAxisProps={{ width: 44 }}
            series={[
              { name: 'shenzhen', label: t('figure.shenzhen'), color: 'orange.6' },
              { name: 'home', label: t('figure.home'), color: 'green.6' },
              { name: 'otherPlace', label: t('figure.otherPlace'), color: 'gray.5' },
            ]}
            data-testid="outcome-places-chart"
          />
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
