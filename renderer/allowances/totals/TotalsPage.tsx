import { Group, Paper, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { TOTALS_BY, type TotalsBy, type TotalsRow } from '../../../electron/contract/allowanceLedger';
import { academicYearOf } from '../../../electron/contract/schoolMonths';
import { chinaToday } from '../../../electron/contract/dates';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import { TotalsDrawer, type Picked, type TotalsFigure } from './TotalsDrawer';

/** The years a user may pick: this academic year back to the programme's start. */
const FIRST_YEAR = 2012;

/**
 * 统计: what paid batches gave, by academic year, project, cohort, policy or funding source, for one
 * academic year or all; the breakdown and the year are in the URL, so a view can be bookmarked.
 * Every number opens the students or the paid lines behind it.
 */
export function TotalsPage() {
  const { t } = useTranslation('allowances');
  const [params, setParams] = useSearchParams();
  const by = (TOTALS_BY as readonly string[]).includes(params.get('by') ?? '') ? (params.get('by') as TotalsBy) : 'academicYear';
  const year = params.get('year') ? Number(params.get('year')) : null;
  const totals = useApi('allowances.totals', { by, academicYear: year });
  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const thisYear = academicYearOf(chinaToday(new Date()).slice(0, 7));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => String(thisYear - i));
  const label = (row: TotalsRow) => (by === 'academicYear' ? t('ledger.year', { year: row.key, next: Number(row.key) + 1 }) : row.label || t('totals.none'));
  const [picked, setPicked] = useState<Picked | null>(null);
  /** A row's four figures, each opening its list. */
  const figures = (key: Picked['key'], row: string, sums: Omit<TotalsRow, 'key' | 'label'>) =>
    (['students', 'lines', 'cash', 'waiver'] as const).map((figure: TotalsFigure) => (
      <Table.Td key={figure} ta="right">
        <FigureButton hint={t(`totals.tip.${figure}`)} onClick={() => setPicked({ key, row, figure })} testId={`totals-${figure}`}>
          {figure === 'students' ? sums.students : figure === 'lines' ? sums.lines : yuan(figure === 'cash' ? sums.cashFen : sums.waiverFen)}
        </FigureButton>
      </Table.Td>
    ));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <SegmentedControl
          value={by}
          onChange={(v) => set('by', v)}
          data={TOTALS_BY.map((b) => ({ value: b, label: t(`totals.by.${b}`) }))}
          data-testid="totals-by"
        />
        <Select
          w={200}
          placeholder={t('totals.allYears')}
          clearable
          value={year === null ? null : String(year)}
          onChange={(v) => set('year', v)}
          data={years.map((y) => ({ value: y, label: t('ledger.year', { year: y, next: Number(y) + 1 }) }))}
          data-testid="totals-year"
        />
      </Group>
      <Text size="sm" c="dimmed">
        {t('totals.hint')}
      </Text>
      {totals.error && <Text c="red">{totals.error.message}</Text>}
      {totals.data && (
        <Paper withBorder style={{ overflowX: 'auto' }}>
          <Table striped fz="sm" verticalSpacing={6} data-testid="totals-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t(`totals.by.${by}`)}</Table.Th>
                <Table.Th ta="right">{t('totals.students')}</Table.Th>
                <Table.Th ta="right">{t('totals.lines')}</Table.Th>
                <Table.Th ta="right">{t('totals.cash')}</Table.Th>
                <Table.Th ta="right">{t('totals.waiver')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {totals.data.rows.map((r) => (
                <Table.Tr key={String(r.key)} data-testid="totals-row">
                  <Table.Td>{label(r)}</Table.Td>
                  {figures(r.key, label(r), r)}
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700} data-testid="totals-total">
                <Table.Td>{t('totals.total')}</Table.Td>
                {figures(null, t('totals.total'), totals.data.total)}
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Paper>
      )}
      <TotalsDrawer picked={picked} by={by} academicYear={year} onClose={() => setPicked(null)} />
    </Stack>
  );
}
