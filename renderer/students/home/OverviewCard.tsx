import { BarChart } from '@mantine/charts';
import { Center, Grid, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusCounts } from '../../../electron/contract/overview';
import { STATUSES } from '../../../electron/contract/students';
import { useApi } from '../../api/hooks';
import { STATUS_COLORS } from '../shared/StatusBadge';
import { CountLink, CountsByStatus, StatusName, formatCount, sumOf } from './counts';
import type { CountFilter } from './registerHref';

interface Row {
  id: number;
  name: string;
  counts: StatusCounts;
  filter: CountFilter;
}

/**
 * 学生概况: the whole register by status, then by project or, for one project, by cohort, as a
 * chart and a table whose every number opens the register filtered to those students.
 */
export function OverviewCard() {
  const { t } = useTranslation('overview');
  const overview = useApi('students.overview', {}).data;
  const [projectId, setProjectId] = useState<number | null>(null);
  if (!overview)
    return (
      <Center h={120}>
        <Loader size="sm" />
      </Center>
    );
  const project = overview.projects.find((p) => p.id === projectId) ?? null;
  const scope: CountFilter = project ? { projectId: project.id } : {};
  const counts = project?.counts ?? overview.counts;
  const rows: Row[] = project
    ? project.cohorts.map((c) => ({ id: c.id, name: c.name, counts: c.counts, filter: { projectId: project.id, cohortId: c.id } }))
    : overview.projects.map((p) => ({ id: p.id, name: p.name, counts: p.counts, filter: { projectId: p.id } }));

  return (
    <Stack gap="md">
      <Group justify="space-between" gap="xs">
        <Group gap="sm" align="baseline">
          <Title order={4}>{t('register.title')}</Title>
          <Text size="sm" c="dimmed" data-testid="overview-total">
            {t('total', { n: formatCount(sumOf(counts)) })}
          </Text>
        </Group>
        {overview.projects.length > 1 && (
          <Select
            size="xs"
            w={160}
            aria-label={t('register.project')}
            data-testid="overview-project"
            allowDeselect={false}
            data={[{ value: '', label: t('register.allProjects') }, ...overview.projects.map((p) => ({ value: String(p.id), label: p.name }))]}
            value={project ? String(project.id) : ''}
            onChange={(v) => setProjectId(v ? Number(v) : null)}
          />
        )}
      </Group>
      <CountsByStatus counts={counts} filter={scope} size="lg" testId="overview-status" />
      {sumOf(overview.counts) === 0 ? (
        <Text size="sm" c="dimmed">
          {t('register.empty')}
        </Text>
      ) : (
        <Grid type="container" breakpoints={{ xs: '400px', sm: '560px', md: '760px', lg: '1000px', xl: '1300px' }} gap="lg">
          <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 2, md: 1 }}>
            <Chart rows={rows} title={project ? t('register.chart.cohorts', { project: project.name }) : t('register.chart.projects')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 1, md: 2 }}>
            <CountTable rows={rows} total={{ counts, filter: scope }} nameLabel={project ? t('register.cohorts') : t('register.projects')} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}

/**
 * One stacked bar per row of the table beside it, in the same order, so the two read together;
 * the counts by status above and the table's headings name the colours, so no legend.
 */
function Chart({ rows, title }: { rows: Row[]; title: string }) {
  const { t } = useTranslation('students');
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {title}
      </Text>
      <BarChart
        h={Math.max(200, rows.length * 30 + 70)}
        data={rows.map((r) => ({ name: r.name, ...r.counts }))}
        dataKey="name"
        type="stacked"
        orientation="vertical"
        gridAxis="x"
        yAxisProps={{ width: 72 }}
        maxBarWidth={18}
        series={STATUSES.map((s) => ({ name: s, label: t(`status.${s}`), color: `${STATUS_COLORS[s]}.6` }))}
        data-testid="overview-chart"
      />
    </Stack>
  );
}

function CountTable({ rows, total, nameLabel }: { rows: Row[]; total: Pick<Row, 'counts' | 'filter'>; nameLabel: string }) {
  const { t } = useTranslation('overview');
  const cells = (r: Pick<Row, 'counts' | 'filter'>, testId: string) => (
    <>
      {STATUSES.map((status) => (
        <Table.Td key={status} ta="right">
          <CountLink count={r.counts[status]} filter={{ ...r.filter, status }} testId={`${testId}-${status}`} />
        </Table.Td>
      ))}
      <Table.Td ta="right">
        <CountLink count={sumOf(r.counts)} filter={r.filter} fw={700} testId={`${testId}-total`} />
      </Table.Td>
    </>
  );
  return (
    <Table.ScrollContainer minWidth={440} type="native">
      <Table fz="sm" verticalSpacing={6} horizontalSpacing="xs" striped highlightOnHover data-testid="overview-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{nameLabel}</Table.Th>
            {STATUSES.map((status) => (
              <Table.Th key={status} ta="right">
                <Group justify="flex-end">
                  <StatusName status={status} />
                </Group>
              </Table.Th>
            ))}
            <Table.Th ta="right">{t('sum')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id} data-testid="overview-row" data-id={r.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.name}</Table.Td>
              {cells(r, `overview-row-${r.id}`)}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Td>{t('sum')}</Table.Td>
            {cells(total, 'overview-sum')}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}
