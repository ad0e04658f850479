import { Paper, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRESS_RATES, type ProgressReport, type ProgressRow } from '../../../electron/contract/reporting';
import { FigureButton } from '../../placements/outcomes/FigureButton';
import type { Picked } from './FigureDrawer';
import { COLUMN_GROUPS, figureText, percentText, ratioOf, type ProgressColumn } from './progressColumns';

const COLUMNS = COLUMN_GROUPS.flatMap((g) => g.columns);
/** Group headings and numbers centred in narrow columns; nothing breaks inside a word or a number. */
const HEAD = { whiteSpace: 'nowrap', textAlign: 'center' } as const;
const key = (c: ProgressColumn) => ('figure' in c ? c.figure : c.rate);

/**
 * The 进展情况表: a row per project and the total in bold, header kept in view. A count opens the
 * list behind it; a rate opens its numerator's list, with its base's a click away.
 */
export function ProgressTable({ report, onPick }: { report: ProgressReport; onPick(picked: Picked): void }) {
  const { t } = useTranslation('reporting');
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
      {COLUMNS.map((c) => (
        <Table.Td key={key(c)} ta="right">
          {cell(row, c)}
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
              {COLUMN_GROUPS.map((g) => (
                <Table.Th key={g.group} colSpan={g.columns.length} style={HEAD}>
                  {t(`progress.groups.${g.group}`)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {COLUMNS.map((c) => (
                <Table.Th key={key(c)} ta="right" style={{ wordBreak: 'keep-all', verticalAlign: 'bottom' }}>
                  {'figure' in c ? t(`progress.figure.${c.figure}`) : t(`progress.rate.${c.rate}`)}
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
