import { LineChart } from '@mantine/charts';
import { Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Coverage, CoverageFigures, CoverageGroup } from '../../../electron/contract/coverage';
import { currentLocale } from '../../i18n';
import { coverageText, monthLabel } from '../shared/months';

/** 87%, or — when nobody was expected: the share as the month list says it. */
const share = (f: CoverageFigures) => coverageText(f.checked, f.expected, currentLocale());

/** The range month by month, as a chart of coverage and a table of the figures; then its last month per counsellor and class. */
export function CoverageMonths({ coverage }: { coverage: Coverage }) {
  const { t } = useTranslation('checkinCoverage');
  const locale = currentLocale();
  return (
    <>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('months.title')}
        </Title>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('months.chart')}
            </Text>
            <LineChart
              h={240}
              data={coverage.months.map((m) => ({ month: m.month.slice(2), coverage: m.coverage }))}
              dataKey="month"
              series={[{ name: 'coverage', label: t('months.coverage'), color: 'teal.6' }]}
              connectNulls
              curveType="linear"
              unit="%"
              gridAxis="y"
              yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], width: 48 }}
              data-testid="coverage-chart"
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Table fz="sm" verticalSpacing={4} striped data-testid="coverage-months">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('months.month')}</Table.Th>
                  <Table.Th ta="right">{t('months.expected')}</Table.Th>
                  <Table.Th ta="right">{t('months.checked')}</Table.Th>
                  <Table.Th ta="right">{t('months.coverage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {coverage.months.map((m) => (
                  <Table.Tr key={m.month} data-testid="coverage-month" data-month={m.month}>
                    <Table.Td>{monthLabel(m.month, locale)}</Table.Td>
                    <Table.Td ta="right" data-testid="coverage-expected">
                      {m.expected}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="coverage-checked">
                      {m.checked}
                    </Table.Td>
                    <Table.Td ta="right" data-testid="coverage-share">
                      {share(m)}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Grid.Col>
        </Grid>
      </Paper>
      <Paper withBorder p="md">
        <Title order={5} mb="sm">
          {t('groups.title', { month: monthLabel(coverage.to, locale) })}
        </Title>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 6 }}>
            <GroupTable title={t('groups.byCounsellor')} nameLabel={t('groups.counsellor')} groups={coverage.byCounsellor} noName={t('none')} testId="coverage-counsellors" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <GroupTable title={t('groups.byClass')} nameLabel={t('groups.className')} groups={coverage.byClass} noName={t('noClass')} testId="coverage-classes" />
          </Grid.Col>
        </Grid>
      </Paper>
    </>
  );
}

function GroupTable({ title, nameLabel, groups, noName, testId }: { title: string; nameLabel: string; groups: CoverageGroup[]; noName: string; testId: string }) {
  const { t } = useTranslation('checkinCoverage');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <Table fz="sm" verticalSpacing={4} striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameLabel}</Table.Th>
            <Table.Th ta="right">{t('months.expected')}</Table.Th>
            <Table.Th ta="right">{t('months.checked')}</Table.Th>
            <Table.Th ta="right">{t('months.coverage')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g) => (
            <Table.Tr key={g.id ?? 'none'}>
              <Table.Td>{g.name ?? noName}</Table.Td>
              <Table.Td ta="right">{g.expected}</Table.Td>
              <Table.Td ta="right">{g.checked}</Table.Td>
              <Table.Td ta="right">{share(g)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
