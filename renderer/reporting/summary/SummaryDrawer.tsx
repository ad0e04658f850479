import { Anchor, Drawer, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressPayment } from '../../../electron/contract/reporting';
import type { SummaryInput, SummaryList, SummaryListFigure, SummaryListInput, SummaryStudent } from '../../../electron/contract/reportingSummary';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { yuan } from '../../format';
import { RecordTable } from '../../records/RecordTable';

/** A number clicked: the list behind it (and its base's, for a rate), of a row or the total. */
export interface Picked {
  figure: SummaryListFigure;
  base: SummaryListFigure | null;
  /** the row's key; null: the total */
  key: number | null;
  /** the row's name and the column's, for the title */
  group: string;
  title: string;
}

/**
 * The students or payment lines behind a number of the summary, with 导出 for the whole list. Its own
 * drawer: the 年度进展 one (progress/FigureDrawer.tsx) is bound to that table's period and lists.
 */
export function SummaryDrawer({ picked, input, onClose }: { picked: Picked | null; input: SummaryInput; onClose(): void }) {
  const { t } = useTranslation('summary');
  const [side, setSide] = useState<'n' | 'd'>('n');
  const close = () => {
    setSide('n');
    onClose();
  };
  const figure = picked && (side === 'd' && picked.base ? picked.base : picked.figure);
  return (
    <Drawer
      opened={picked !== null}
      onClose={close}
      position="right"
      size="min(1100px, 96vw)"
      title={picked && t('list.title', { group: picked.group, figure: picked.title })}
    >
      {picked && figure && (
        <Stack gap="sm" data-testid="summary-drawer">
          {picked.base && (
            <SegmentedControl
              value={side}
              onChange={(v) => setSide(v as 'n' | 'd')}
              data={[
                { value: 'n', label: t(`figure.${picked.figure}`) },
                { value: 'd', label: t(`figure.${picked.base}`) },
              ]}
              data-testid="summary-side"
            />
          )}
          <Behind input={{ ...input, figure, key: picked.key }} />
        </Stack>
      )}
    </Drawer>
  );
}

function Behind({ input }: { input: SummaryListInput }) {
  const { t } = useTranslation('summary');
  const list = useApi('reports.summaryList', input, { staleTime: 0 });
  const data = list.data;
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="summary-list-count">
          {data && countText(t, data)}
        </Text>
        <ExportButton method="reports.summaryListExport" input={input} count={data?.total} />
      </Group>
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
  const ts = useTranslation('students').t;
  const tp = useTranslation('placements').t;
  return (
    <RecordTable<SummaryStudent>
      rowTestId="summary-list-row"
      rows={rows}
      columns={[
        {
          key: 'name',
          header: t('list.name'),
          nowrap: true,
          render: (s) => (
            <Anchor component={Link} to={`/students/${s.id}`} size="sm">
              {s.name}
            </Anchor>
          ),
        },
        { key: 'no', header: t('list.studentNo'), nowrap: true, render: (s) => s.studentNo ?? '' },
        { key: 'project', header: t('list.project'), nowrap: true, render: (s) => `${s.projectName} ${s.cohortName}` },
        { key: 'class', header: t('list.className'), nowrap: true, render: (s) => s.className ?? '—' },
        { key: 'status', header: t('list.status'), nowrap: true, render: (s) => `${ts(`status.${s.status}`)} ${s.statusDate}` },
        { key: 'outcome', header: t('list.outcome'), nowrap: true, render: (s) => (s.outcome ? tp(`outcome.${s.outcome}`) : '') },
        { key: 'destination', header: t('list.destination'), fill: true, render: (s) => (s.destination ? tp(`destination.${s.destination}`) : '') },
        { key: 'salary', header: t('list.salary'), numeric: true, nowrap: true, render: (s) => yuan(s.monthlySalaryFen) ?? '' },
      ]}
    />
  );
}

function Payments({ rows }: { rows: ProgressPayment[] }) {
  const { t } = useTranslation('summary');
  return (
    <RecordTable<ProgressPayment>
      rowTestId="summary-list-row"
      rows={rows}
      columns={[
        {
          key: 'name',
          header: t('list.name'),
          nowrap: true,
          render: (p) => (
            <Anchor component={Link} to={`/students/${p.studentId}?tab=allowances`} size="sm">
              {p.studentName}
            </Anchor>
          ),
        },
        { key: 'project', header: t('list.project'), nowrap: true, render: (p) => p.projectName },
        { key: 'batch', header: t('list.batchNo'), nowrap: true, render: (p) => p.batchNo },
        { key: 'policy', header: t('list.policy'), nowrap: true, render: (p) => p.policyName },
        { key: 'source', header: t('list.fundingSource'), nowrap: true, render: (p) => p.fundingSource || t('list.noSource') },
        { key: 'period', header: t('list.period'), nowrap: true, render: (p) => p.period },
        { key: 'paidOn', header: t('list.paidOn'), nowrap: true, render: (p) => p.paidOn },
        { key: 'amount', header: t('list.amount'), numeric: true, nowrap: true, render: (p) => yuan(p.amountFen) },
        { key: 'reversal', header: t('list.reversal'), fill: true, render: (p) => (p.reversal ? t('list.reversal') : '') },
      ]}
    />
  );
}
