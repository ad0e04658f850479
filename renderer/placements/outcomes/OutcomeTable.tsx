import { Paper, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OutcomeColumn, OutcomeRow, OutcomeStats } from '../../../electron/contract/outcomes';
import { FigureButton } from './FigureButton';
import { cellText, columnTitle, groupName, ratioText } from './outcomeCells';

type Figures = Omit<OutcomeRow, 'key' | 'label'>;

/** A row's group, or null for the total. */
export type Picked = { column: OutcomeColumn; row: OutcomeRow | null };

interface Props {
  title: string;
  testId: string;
  stats: OutcomeStats;
  columns: readonly OutcomeColumn[];
  onPick(picked: Picked): void;
}

/** One of the statistics' tables: a row per group and the total; each number says its numerator and base on hover and lists its students on a click. */
export function OutcomeTable({ title, testId, stats, columns, onPick }: Props) {
  const { t } = useTranslation('outcomes');
  const cell = (column: OutcomeColumn, row: OutcomeRow | null, figures: Figures, i: number) => (
    <Table.Td key={i} ta="right">
      <FigureButton hint={ratioText(t, column, figures)} onClick={() => onPick({ column, row })} testId="outcome-cell">
        {cellText(column, figures)}
      </FigureButton>
    </Table.Td>
  );
  return (
    <Paper withBorder p="sm">
      <Title order={5} mb="xs">
        {title}
      </Title>
      <Table.ScrollContainer minWidth={700}>
        <Table striped highlightOnHover fz="sm" verticalSpacing={5} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={{ whiteSpace: 'nowrap' }}>{t(`group.${stats.by}`)}</Table.Th>
              {columns.map((c, i) => (
                <Table.Th key={i} ta="right" style={{ wordBreak: 'keep-all' }}>
                  {columnTitle(t, c)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {stats.rows.map((row) => (
              <Table.Tr key={row.key} data-testid="outcome-row" data-key={row.key}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {groupName(t, stats.by, row)}
                  {row.figures.graduates.n === 0 && ` (${t('noneYet')})`}
                </Table.Td>
                {columns.map((c, i) => cell(c, row, row, i))}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700} data-testid="outcome-total">
              <Table.Td>{t('total')}</Table.Td>
              {columns.map((c, i) => cell(c, null, stats.total, i))}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
