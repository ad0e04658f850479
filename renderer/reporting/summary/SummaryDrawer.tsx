import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressPayment } from '../../../electron/contract/reporting';
import type { SummaryInput, SummaryList, SummaryListFigure, SummaryListGrouping, SummaryListInput, SummaryStudent } from '../../../electron/contract/reportingSummary';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { yuan } from '../../format';
import { RecordTable } from '../../records/RecordTable';
import { ListDrawer, ListHead } from '../../records/ListDrawer';
import { paymentColumns, studentColumns } from '../shared/listColumns';

/** A number clicked: the list behind it (and its base's, for a rate), of a row or the total. */
export interface Picked {
  figure: SummaryListFigure;
  base: SummaryListFigure | null;
  /** the row's key, or a chart's year; null: the total */
  key: number | null;
  /** a chart's year is by 届 or by intake year; a row's is the table's own grouping */
  groupBy?: SummaryListGrouping;
  /** the row's name and the column's, for the title */
  group: string;
  title: string;
}

/** The students or payment lines behind a number of the summary, with 导出 for the whole list. */
export function SummaryDrawer({ picked, input, onClose }: { picked: Picked | null; input: SummaryInput; onClose(): void }) {
  const { t } = useTranslation('summary');
  return (
    <ListDrawer
      opened={picked !== null}
      onClose={onClose}
      testId="summary-drawer"
      title={picked && t('list.title', { group: picked.group, figure: picked.title })}
      sides={picked?.base ? { n: t(`figure.${picked.figure}`), d: t(`figure.${picked.base}`) } : null}
    >
      {(side) => picked && <Behind input={{ ...input, groupBy: picked.groupBy ?? input.groupBy, figure: side === 'd' && picked.base ? picked.base : picked.figure, key: picked.key }} />}
    </ListDrawer>
  );
}

function Behind({ input }: { input: SummaryListInput }) {
  const { t } = useTranslation('summary');
  const list = useApi('reports.summaryList', input, { staleTime: 0 });
  const data = list.data;
  return (
    <>
      <ListHead testId="summary-list-count" count={data && countText(t, data)}>
        <ExportButton method="reports.summaryListExport" input={input} count={data?.total} />
      </ListHead>
      {list.error && <Text c="red">{list.error.message}</Text>}
      {data?.kind === 'payments' ? <Payments rows={data.rows} /> : <Students rows={data?.rows} />}
    </>
  );
}

function countText(t: ReturnType<typeof useTranslation<'summary'>>['t'], list: SummaryList): string {
  const more = list.total > list.rows.length ? t('list.more', { shown: list.rows.length }) : '';
  if (list.kind === 'students') return t('list.students', { count: list.total }) + more;
  return t('list.payments', { count: list.total, amount: yuan(list.amountFen) }) + more;
}

function Students({ rows }: { rows: SummaryStudent[] | undefined }) {
  const { t } = useTranslation('summary');
  const tr = useTranslation('reporting').t;
  const ts = useTranslation('students').t;
  const tp = useTranslation('placements').t;
  return (
    <RecordTable<SummaryStudent>
      rowTestId="summary-list-row"
      rows={rows}
      columns={[
        ...studentColumns<SummaryStudent>(tr, (s) => s.id),
        { key: 'status', header: t('list.status'), nowrap: true, render: (s) => `${ts(`status.${s.status}`)} ${s.statusDate}` },
        { key: 'outcome', header: t('list.outcome'), nowrap: true, render: (s) => (s.outcome ? tp(`outcome.${s.outcome}`) : '') },
        { key: 'destination', header: t('list.destination'), fill: true, render: (s) => (s.destination ? tp(`destination.${s.destination}`) : '') },
        { key: 'salary', header: t('list.salary'), numeric: true, nowrap: true, render: (s) => yuan(s.monthlySalaryFen) ?? '' },
      ]}
    />
  );
}

function Payments({ rows }: { rows: ProgressPayment[] }) {
  const { t } = useTranslation('reporting');
  return <RecordTable<ProgressPayment> rowTestId="summary-list-row" rows={rows} columns={paymentColumns(t)} />;
}
