import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgrammeSummary, SummaryFigures } from '../../../electron/contract/reportingSummary';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import type { Picked } from './SummaryDrawer';
import { columnKey, COLUMN_GROUPS, COLUMNS, ratioOf, type SummaryColumn } from '../../../electron/contract/reportingSummaryColumns';
import { cellText, columnTitle, hintOf, pickOf } from './summaryColumns';

const HEAD = { whiteSpace: 'nowrap', textAlign: 'center' } as const;

/**
 * The summary: a row per project or cohort and the total in bold, header kept in view. A number
 * opens the students or payment lines behind it; a rate its numerator's, with its base's a click away.
 */
export function SummaryTable({ summary, onPick }: { summary: ProgrammeSummary; onPick(picked: Picked): void }) {
  const { t } = useTranslation('summary');

  const cell = (key: number | null, group: string, f: SummaryFigures, c: SummaryColumn) => {
    const pick = () => onPick({ ...pickOf(c), key, group, title: columnTitle(t, c) });
    const button = (
      <FigureButton hint={hintOf(t, c, f)} onClick={pick} testId={'rate' in c ? 'summary-rate' : 'summary-cell'}>
        {cellText(c, f)}
      </FigureButton>
    );
    if (!('rate' in c)) return button;
    const { n, d } = ratioOf(c.rate, f);
    return (
      <Stack gap={0} align="flex-end">
        {button}
        <Text size="xs" c="dimmed">
          {n}/{d}
        </Text>
      </Stack>
    );
  };

  const line = (key: number | null, label: string, f: SummaryFigures) => (
    <Table.Tr key={key ?? 'total'} fw={key === null ? 700 : undefined} data-testid={key === null ? 'summary-total' : 'summary-row'} data-key={key ?? ''}>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{label}</Table.Td>
      {COLUMNS.map((c) => (
        <Table.Td key={columnKey(c)} ta="right">
          {cell(key, label, f, c)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Paper withBorder p="sm">
      <Table.ScrollContainer minWidth={1100} maxHeight="70vh">
        <Table stickyHeader withColumnBorders fz="sm" verticalSpacing={6} data-testid="summary-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} style={{ whiteSpace: 'nowrap', verticalAlign: 'bottom' }}>
                {t(`group.${summary.groupBy}`)}
              </Table.Th>
              {COLUMN_GROUPS.map((g) => (
                <Table.Th key={g.group} colSpan={g.columns.length} style={HEAD}>
                  {t(`groups.${g.group}`)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {COLUMNS.map((c) => (
                <Table.Th key={columnKey(c)} ta="right" style={{ wordBreak: 'keep-all', verticalAlign: 'bottom' }}>
                  {columnTitle(t, c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{summary.rows.map((row) => line(row.key, row.label, row))}</Table.Tbody>
          <Table.Tfoot>{line(null, t('total'), summary.total)}</Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
