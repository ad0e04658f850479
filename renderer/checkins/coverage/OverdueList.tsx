import { Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OverdueRow } from '../../../electron/contract/coverage';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { currentLocale } from '../../i18n';
import { formHref } from '../month/formHref';
import { monthLabel } from '../shared/months';
import { groupOverdue, OVERDUE_GROUPINGS, type OverdueGrouping } from './overdueGroups';

/** The columns besides the one the list is grouped by. */
const PLACES: { by: OverdueGrouping; label: 'overdue.counsellor' | 'overdue.className' | 'overdue.project'; value: (r: OverdueRow) => string | null }[] = [
  { by: 'className', label: 'overdue.className', value: (r) => r.className },
  { by: 'counsellor', label: 'overdue.counsellor', value: (r) => r.counsellorName },
  { by: 'project', label: 'overdue.project', value: (r) => r.projectName },
];

/**
 * 逾期未填: the school year's students with months over and no check-in, grouped as chosen, each
 * name opening the form of the earliest month missing.
 */
export function OverdueList({ by, onGroup }: { by: OverdueGrouping; onGroup: (by: OverdueGrouping) => void }) {
  const { t } = useTranslation('checkinCoverage');
  const locale = currentLocale();
  const overdue = useApi('checkins.overdue', {}).data;
  const groups = groupOverdue(overdue?.rows ?? [], by, locale);
  const places = PLACES.filter((p) => p.by !== by);
  const noName = by === 'className' ? t('noClass') : t('none');

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" gap="sm">
          <Title order={5}>{t('overdue.title')}</Title>
          <Group gap="sm">
            <SegmentedControl
              value={by}
              onChange={(v) => onGroup(v as OverdueGrouping)}
              data={OVERDUE_GROUPINGS.map((g) => ({ value: g, label: t(`overdue.groupBy.${g}`) }))}
              data-testid="overdue-by"
            />
            <ExportButton method="checkins.overdueExport" input={{}} count={overdue?.rows.length} />
          </Group>
        </Group>
        {overdue && (
          <Text size="sm" c="dimmed" data-testid="overdue-intro">
            {t('overdue.intro', { from: monthLabel(overdue.from, locale), to: monthLabel(overdue.to, locale), count: overdue.rows.length })}
          </Text>
        )}
        {overdue && overdue.rows.length === 0 && (
          <Text size="sm" c="dimmed" ta="center" py="md">
            {t('overdue.empty')}
          </Text>
        )}
        {groups.map((g) => (
          <Stack key={g.key} gap={4} data-testid="overdue-group">
            <Text size="sm" fw={600} data-testid="overdue-group-name">
              {t('overdue.group', { name: g.name ?? noName, count: g.rows.length, months: g.months })}
            </Text>
            <Table fz="sm" verticalSpacing={4} highlightOnHover>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="14%">{t('overdue.name')}</Table.Th>
                  {places.map((p) => (
                    <Table.Th key={p.by} w="16%" visibleFrom="sm">
                      {t(p.label)}
                    </Table.Th>
                  ))}
                  <Table.Th w="10%" ta="right">
                    {t('overdue.count')}
                  </Table.Th>
                  <Table.Th>{t('overdue.missing')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {g.rows.map((r) => (
                  <Table.Tr key={r.studentId} data-testid="overdue-row" data-student={r.studentId}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Link to={formHref(r.missing[0], r.studentId)} data-testid="overdue-open">
                        {r.name}
                      </Link>
                    </Table.Td>
                    {places.map((p) => (
                      <Table.Td key={p.by} visibleFrom="sm">
                        {p.value(r) ?? '—'}
                      </Table.Td>
                    ))}
                    <Table.Td ta="right" data-testid="overdue-count">
                      {r.missing.length}
                    </Table.Td>
                    <Table.Td c="dimmed">{r.missing.map((m) => monthLabel(m, locale)).join(locale === 'en' ? ', ' : '、')}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
