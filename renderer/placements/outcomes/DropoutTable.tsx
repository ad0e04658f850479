import { Paper, Table, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DropoutRow } from '../../../electron/contract/outcomes';
import { FigureButton } from './FigureButton';
import { percent } from './outcomeCells';

/** 2023–2024学年, with （至今） while it goes on. */
export const academicYearLabel = (t: TFunction<'outcomes'>, row: Pick<DropoutRow, 'academicYear' | 'current'>) =>
  t('dropout.yearLabel', { year: row.academicYear, next: row.academicYear + 1 }) + (row.current ? t('dropout.current') : '');

/** 流失率 year by year; a click on a year's figures lists who left, or who was in school. */
export function DropoutTable({ rows, onPick }: { rows: DropoutRow[]; onPick(row: DropoutRow): void }) {
  const { t } = useTranslation('outcomes');
  const number = (row: DropoutRow, text: string, hint: string) => (
    <FigureButton hint={hint} onClick={() => onPick(row)} testId="dropout-cell">
      {text}
    </FigureButton>
  );
  return (
    <Paper withBorder p="sm">
      <Title order={5} mb="xs">
        {t('dropout.title')}
      </Title>
      <Table striped fz="sm" verticalSpacing={5} data-testid="dropout-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('dropout.year')}</Table.Th>
            <Table.Th ta="right">{t('dropout.inSchool')}</Table.Th>
            <Table.Th ta="right">{t('dropout.left')}</Table.Th>
            <Table.Th ta="right">{t('dropout.rate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const hint = t('ratio', { num: t('dropout.left'), n: r.left, den: t('dropout.inSchool'), d: r.inSchool, rate: percent(r.left, r.inSchool) });
            return (
              <Table.Tr key={r.academicYear} data-testid="dropout-row">
                <Table.Td>{academicYearLabel(t, r)}</Table.Td>
                <Table.Td ta="right">{number(r, String(r.inSchool), hint)}</Table.Td>
                <Table.Td ta="right">{number(r, String(r.left), hint)}</Table.Td>
                <Table.Td ta="right">{number(r, percent(r.left, r.inSchool), hint)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
