import { LineChart } from '@mantine/charts';
import { Grid, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Coverage, CoverageFigures, CoverageGroup } from '../../../electron/contract/coverage';
import { currentLocale } from '../../i18n';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import { coverageText, monthLabel } from '../shared/months';
import { CoverageDrawer, type Picked } from './CoverageStudents';

/** 87%, or — when nobody was expected: the share as the month list says it. */
const share = (f: CoverageFigures) => coverageText(f.checked, f.expected, currentLocale());

/** Where a figure's students are: its month and group row. */
type Place = Omit<Picked, 'figure'>;

/** A row's 应填, 已填 and 覆盖率, each opening the students behind it. */
function FigureCells({ figures, place, onPick }: { figures: CoverageFigures; place: Place; onPick(picked: Picked): void }) {
  const { t } = useTranslation('checkinCoverage');
  const cell = (figure: Picked['figure'], text: string | number) => (
    <Table.Td ta="right" data-testid={`coverage-${figure === 'coverage' ? 'share' : figure}`}>
      <FigureButton hint={t(`students.hint.${figure}`)} onClick={() => onPick({ ...place, figure })} testId={`coverage-open-${figure}`}>
        {text}
      </FigureButton>
    </Table.Td>
  );
  return (
    <>
      {cell('expected', figures.expected)}
      {cell('checked', figures.checked)}
      {cell('coverage', share(figures))}
    </>
  );
}

/**
 * The range month by month, as a chart of coverage and a table of the figures; then its last month
 * per counsellor and class. Every figure opens its students; `month`, when the URL names one, is marked.
 */
export function CoverageMonths({ coverage, month }: { coverage: Coverage; month: string | null }) {
  const { t } = useTranslation('checkinCoverage');
  const locale = currentLocale();
  const [picked, setPicked] = useState<Picked | null>(null);
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
                  <Table.Tr key={m.month} data-testid="coverage-month" data-month={m.month} bg={m.month === month ? 'yellow.0' : undefined}>
                    <Table.Td fw={m.month === month ? 600 : undefined}>{monthLabel(m.month, locale)}</Table.Td>
                    <FigureCells figures={m} place={{ month: m.month, group: null, groupName: null }} onPick={setPicked} />
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
            <GroupTable
              title={t('groups.byCounsellor')}
              nameLabel={t('groups.counsellor')}
              groups={coverage.byCounsellor}
              noName={t('none')}
              testId="coverage-counsellors"
              place={(g, name) => ({ month: coverage.to, group: { by: 'counsellor', id: g.id }, groupName: name })}
              onPick={setPicked}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <GroupTable
              title={t('groups.byClass')}
              nameLabel={t('groups.className')}
              groups={coverage.byClass}
              noName={t('noClass')}
              testId="coverage-classes"
              place={(g, name) => ({ month: coverage.to, group: { by: 'class', id: g.id }, groupName: name })}
              onPick={setPicked}
            />
          </Grid.Col>
        </Grid>
      </Paper>
      <CoverageDrawer picked={picked} range={{ from: coverage.from, to: coverage.to }} onClose={() => setPicked(null)} />
    </>
  );
}

interface GroupTableProps {
  title: string;
  nameLabel: string;
  groups: CoverageGroup[];
  noName: string;
  testId: string;
  place(group: CoverageGroup, name: string): Place;
  onPick(picked: Picked): void;
}

function GroupTable({ title, nameLabel, groups, noName, testId, place, onPick }: GroupTableProps) {
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
            <Table.Tr key={g.id ?? 'none'} data-testid="coverage-group">
              <Table.Td>{g.name ?? noName}</Table.Td>
              <FigureCells figures={g} place={place(g, g.name ?? noName)} onPick={onPick} />
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
