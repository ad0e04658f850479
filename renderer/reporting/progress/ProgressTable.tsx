import { Paper, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_RATES, type ProgressReport, type ProgressRow } from '../../../electron/contract/reporting';
import { PROGRESS_COLUMNS, type ProgressColumnKey } from '../../../electron/contract/reportingColumns';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import type { Picked } from './FigureDrawer';
import { columnGroups, columnTitle, figureText, percentText, ratioOf, type ProgressColumn } from './progressColumns';

/** Group headings and numbers centred in narrow columns; nothing breaks inside a word or a number. */
const HEAD = { whiteSpace: 'nowrap', textAlign: 'center' } as const;

/**
 * The 进展情况表 in the chosen columns: a row per project and the total in bold, header kept in
 * view. A count opens the list behind it; a rate opens its numerator's list, with its base's a click away.
 */
export function ProgressTable({ report, columns = PROGRESS_COLUMNS, onPick, mark }: {
  report: ProgressReport;
  /** the 列设置's columns in its order; every column in the default order when none is given */
  columns?: readonly ProgressColumnKey[];
  onPick(picked: Picked): void;
  /** beside a number (a frozen submission's: today's value where it differs) */
  mark?(row: ProgressRow, column: ProgressColumnKey): ReactNode;
}) {
  const { t } = useTranslation('reporting');
  const groups = columnGroups(columns);
  const shown = groups.flatMap((g) => g.columns);
  const rowName = (row: ProgressRow) => (row.projectId === null ? t('progress.total') : row.label);

  const cell = (row: ProgressRow, c: ProgressColumn) => {
    if ('figure' in c) {
      const pick = () => onPick({ figure: c.figure, projectId: row.projectId, group: rowName(row) });
      return (
        <FigureButton hint={t(`progress.figure.${c.figure}`)} onClick={pick} testId="progress-cell">
          {figureText(c.figure, row.figures[c.figure])}
        </FigureButton>
      );
    }
    const { n, d } = ratioOf(c.rate, row);
    const rate = PROGRESS_RATES[c.rate];
    const hint = t('progress.ratioHint', { num: t(`progress.figure.${rate.n}`), n, den: t(`progress.figure.${rate.d}`), d });
    const pick = () => onPick({ figure: rate.n, base: rate.d, projectId: row.projectId, group: rowName(row) });
    return (
      <Stack gap={0} align="flex-end">
        <FigureButton hint={hint} onClick={pick} testId="progress-rate">
          {percentText(n, d)}
        </FigureButton>
        <Text size="xs" c="dimmed">
          {n}/{d}
        </Text>
      </Stack>
    );
  };

  const line = (row: ProgressRow, total: boolean) => (
    <Table.Tr
      key={row.projectId ?? 'total'}
      fw={total ? 700 : undefined}
      data-testid={total ? 'progress-total' : 'progress-row'}
      data-project={row.projectId ?? ''}
    >
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{rowName(row)}</Table.Td>
      {shown.map((c) => (
        <Table.Td key={c.key} ta="right">
          {cell(row, c)}
          {mark?.(row, c.key)}
        </Table.Td>
      ))}
    </Table.Tr>
  );

  return (
    <Paper withBorder p="sm">
      <Table.ScrollContainer minWidth={1100} maxHeight="70vh">
        <Table stickyHeader withColumnBorders fz="sm" verticalSpacing={6} data-testid="progress-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} style={{ whiteSpace: 'nowrap', verticalAlign: 'bottom' }}>
                {t('progress.project')}
              </Table.Th>
              {groups.map((g) => (
                <Table.Th key={g.columns[0].key} colSpan={g.columns.length} style={HEAD} data-testid="progress-group">
                  {t(`progress.groups.${g.group}`)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {shown.map((c) => (
                <Table.Th key={c.key} ta="right" style={{ wordBreak: 'keep-all', verticalAlign: 'bottom' }} data-testid="progress-heading">
                  {columnTitle(t, c.key)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>{report.rows.map((row) => line(row, false))}</Table.Tbody>
          <Table.Tfoot>{line(report.total, true)}</Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
