import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Contract, InputOf } from '../../../electron/contract';
import type { TotalsBy, TotalsRow } from '../../../electron/contract/allowanceLedger';
import type { TotalsLine, TotalsLines, TotalsStudent } from '../../../electron/contract/allowanceTotalsLines';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { yuan } from '../../format';
import { ListDrawer, ListHead } from '../../records/ListDrawer';
import { RecordTable, type Column } from '../../records/RecordTable';

/** The four figures of a row, as their columns are named (totals.students…). */
export type TotalsFigure = 'students' | 'lines' | 'cash' | 'waiver';

/** A number clicked: its row (key null: the total row) and which of its figures. */
export interface Picked {
  key: TotalsRow['key'] | null;
  /** the row as the table names it */
  row: string;
  figure: TotalsFigure;
}

/** The students or the paid lines behind a number of the totals, adding up to it, with 导出 for the whole list. */
export function TotalsDrawer({ picked, by, academicYear, onClose }: { picked: Picked | null; by: TotalsBy; academicYear: number | null; onClose(): void }) {
  const { t } = useTranslation('allowances');
  const year = academicYear !== null && by !== 'academicYear' ? [t('ledger.year', { year: academicYear, next: academicYear + 1 })] : [];
  return (
    <ListDrawer
      opened={picked !== null}
      onClose={onClose}
      testId="totals-drawer"
      title={picked && [...year, picked.row, t(`totals.${picked.figure}`)].join(' · ')}
      sides={null}
    >
      {() =>
        picked && (
          <Behind
            figure={picked.figure}
            input={{
              by,
              academicYear,
              key: picked.key,
              side: picked.figure === 'students' ? 'students' : 'lines',
              kind: picked.figure === 'cash' || picked.figure === 'waiver' ? picked.figure : null,
            }}
          />
        )
      }
    </ListDrawer>
  );
}

type Input = InputOf<Contract['allowances.totalsLines']>;
type Texts = ReturnType<typeof useTranslation<'allowances'>>['t'];

function Behind({ input, figure }: { input: Input; figure: TotalsFigure }) {
  const { t } = useTranslation('allowances');
  const list = useApi('allowances.totalsLines', input);
  const data = list.data;
  return (
    <>
      <ListHead testId="totals-list-count" count={data && summary(t, data, figure)}>
        <ExportButton method="allowances.totalsLinesExport" input={input} count={data?.total} />
      </ListHead>
      {list.error && <Text c="red">{list.error.message}</Text>}
      {input.side === 'students' ? (
        <RecordTable<TotalsStudent> rowTestId="totals-list-row" rows={data?.side === 'students' ? data.rows : undefined} columns={studentColumns(t)} />
      ) : (
        <RecordTable<TotalsLine> rowTestId="totals-list-row" rows={data?.side === 'lines' ? data.rows : undefined} columns={lineColumns(t)} />
      )}
    </>
  );
}

/** The list's count and sums, worded as the figure it was opened from: its sum is that figure. */
function summary(t: Texts, list: TotalsLines, figure: TotalsFigure): string {
  const { sums } = list;
  const more = list.total > list.rows.length ? t('totals.list.more', { shown: list.rows.length }) : '';
  const money = { cash: yuan(sums.cashFen), waiver: yuan(sums.waiverFen) };
  if (figure === 'students') return t('totals.list.summary.students', { count: list.total, lines: sums.lines, ...money }) + more;
  if (figure === 'lines') return t('totals.list.summary.lines', { count: list.total, ...money }) + more;
  return t(`totals.list.summary.${figure}`, { count: list.total, amount: money[figure] }) + more;
}

const studentLink = (id: number, name: string) => (
  <Anchor component={Link} to={`/students/${id}?tab=allowances`} size="sm">
    {name}
  </Anchor>
);

type Basics = Pick<TotalsStudent, 'studentNo' | 'projectName' | 'cohortName' | 'className'>;

function basics<R extends Basics>(t: Texts): Column<R>[] {
  return [
    { key: 'no', header: t('totals.list.studentNo'), nowrap: true, render: (r) => r.studentNo ?? '' },
    { key: 'project', header: t('totals.list.project'), nowrap: true, render: (r) => `${r.projectName} ${r.cohortName}` },
    { key: 'class', header: t('totals.list.className'), nowrap: true, render: (r) => r.className ?? '—' },
  ];
}

const lineColumns = (t: Texts): Column<TotalsLine>[] => [
  { key: 'name', header: t('totals.list.name'), nowrap: true, render: (l) => studentLink(l.studentId, l.studentName) },
  ...basics<TotalsLine>(t),
  { key: 'batch', header: t('totals.list.batchNo'), nowrap: true, render: (l) => l.batchNo },
  { key: 'policy', header: t('totals.list.policy'), nowrap: true, render: (l) => l.policyName },
  { key: 'source', header: t('totals.list.fundingSource'), nowrap: true, render: (l) => l.fundingSource || t('totals.none') },
  { key: 'period', header: t('totals.list.period'), nowrap: true, render: (l) => l.period },
  { key: 'paidOn', header: t('totals.list.paidOn'), nowrap: true, render: (l) => l.paidOn },
  { key: 'amount', header: t('totals.list.amount'), numeric: true, nowrap: true, render: (l) => yuan(l.amountFen) },
  {
    key: 'reversal',
    header: t('totals.list.reversal'),
    fill: true,
    render: (l) => (l.reverses === null ? '' : t('totals.list.reverses', { period: l.reverses })),
  },
];

const studentColumns = (t: Texts): Column<TotalsStudent>[] => [
  { key: 'name', header: t('totals.list.name'), nowrap: true, render: (s) => studentLink(s.id, s.name) },
  ...basics<TotalsStudent>(t),
  { key: 'lines', header: t('totals.list.lines'), numeric: true, render: (s) => s.lines },
  { key: 'cash', header: t('totals.list.cash'), numeric: true, nowrap: true, render: (s) => yuan(s.cashFen) },
  { key: 'waiver', header: t('totals.list.waiver'), numeric: true, nowrap: true, render: (s) => yuan(s.waiverFen) },
];
