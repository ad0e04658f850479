import { Anchor, Drawer, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type {
  ProgressFigure,
  ProgressInput,
  ProgressList,
  ProgressListInput,
  ProgressPayment,
  ProgressStudent,
  ProgressTraining,
  StudentFigure,
} from '../../../electron/contract/reporting';
import { useApi } from '../../api/hooks';
import { ExportButton } from '../../export/ExportButton';
import { yuan } from '../../format';
import { RecordTable } from '../../records/RecordTable';

/** A number clicked: its figure (with a rate's base), its row, and for money a policy or funding source. */
export interface Picked {
  figure: ProgressFigure;
  base?: StudentFigure;
  projectId: number | null;
  policyId?: number;
  fundingSource?: string;
  /** the row's or the money table's name, for the title */
  group: string;
}

/** The students, courses or payment lines behind a number, with 导出 for the whole list. */
export function FigureDrawer({ picked, period, onClose }: { picked: Picked | null; period: ProgressInput; onClose(): void }) {
  const { t } = useTranslation('reporting');
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
      title={picked && t('list.title', { group: picked.group, figure: t(`progress.figure.${picked.figure}`) })}
    >
      {picked && figure && (
        <Stack gap="sm" data-testid="progress-drawer">
          {period.from && period.to && (
            <Text size="sm" data-testid="progress-list-period">
              {t('progress.period', { from: period.from, to: period.to })}
            </Text>
          )}
          {picked.base && (
            <SegmentedControl
              value={side}
              onChange={(v) => setSide(v as 'n' | 'd')}
              data={[
                { value: 'n', label: t(`progress.figure.${picked.figure}`) },
                { value: 'd', label: t(`progress.figure.${picked.base}`) },
              ]}
              data-testid="progress-side"
            />
          )}
          <Behind
            input={{ ...period, figure, projectId: picked.projectId, policyId: picked.policyId ?? null, fundingSource: picked.fundingSource ?? null }}
          />
        </Stack>
      )}
    </Drawer>
  );
}

function Behind({ input }: { input: ProgressListInput }) {
  const { t } = useTranslation('reporting');
  const list = useApi('reports.progressList', input, { staleTime: 0 });
  const data = list.data;
  return (
    <>
      <Group justify="space-between">
        <Text size="sm" c="dimmed" data-testid="progress-list-count">
          {data && summary(t, data)}
        </Text>
        <ExportButton method="reports.progressListExport" input={input} count={data?.total} />
      </Group>
      {list.error && <Text c="red">{list.error.message}</Text>}
      {(!data || data.kind === 'students') && <Students rows={data?.rows} date={input.figure as StudentFigure} />}
      {data?.kind === 'payments' && <Payments rows={data.rows} />}
      {data?.kind === 'trainings' && <Trainings rows={data.rows} />}
    </>
  );
}

function summary(t: ReturnType<typeof useTranslation<'reporting'>>['t'], list: ProgressList): string {
  const more = list.total > list.rows.length ? t('list.more', { shown: list.rows.length }) : '';
  if (list.kind === 'students') return t('list.students', { count: list.total }) + more;
  if (list.kind === 'payments') return t('list.payments', { count: list.total, amount: yuan(list.amountFen) }) + more;
  return t('list.trainings', { count: list.total, participants: list.participants, registered: list.registeredParticipants }) + more;
}

function Students({ rows, date }: { rows: ProgressStudent[] | undefined; date: StudentFigure }) {
  const { t } = useTranslation('reporting');
  const ts = useTranslation('students').t;
  const tp = useTranslation('placements').t;
  return (
    <RecordTable<ProgressStudent>
      rowTestId="progress-list-row"
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
        { key: 'status', header: t('list.status'), nowrap: true, render: (s) => ts(`status.${s.status}`) },
        { key: 'date', header: t(`list.date.${date}`), nowrap: true, render: (s) => s.date },
        { key: 'outcome', header: t('list.outcome'), fill: true, render: (s) => (s.outcome ? tp(`outcome.${s.outcome}`) : '') },
      ]}
    />
  );
}

function Payments({ rows }: { rows: ProgressPayment[] }) {
  const { t } = useTranslation('reporting');
  return (
    <RecordTable<ProgressPayment>
      rowTestId="progress-list-row"
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
        { key: 'source', header: t('list.fundingSource'), nowrap: true, render: (p) => p.fundingSource || t('progress.money.noSource') },
        { key: 'period', header: t('list.period'), nowrap: true, render: (p) => p.period },
        { key: 'paidOn', header: t('list.paidOn'), nowrap: true, render: (p) => p.paidOn },
        { key: 'amount', header: t('list.amount'), numeric: true, nowrap: true, render: (p) => yuan(p.amountFen) },
        { key: 'reversal', header: t('list.reversal'), fill: true, render: (p) => (p.reversal ? t('list.reversal') : '') },
      ]}
    />
  );
}

function Trainings({ rows }: { rows: ProgressTraining[] }) {
  const { t } = useTranslation('reporting');
  return (
    <RecordTable<ProgressTraining>
      rowTestId="progress-list-row"
      rows={rows}
      columns={[
        { key: 'course', header: t('list.course'), fill: true, render: (c) => c.course },
        { key: 'start', header: t('list.startDate'), nowrap: true, render: (c) => c.startDate },
        { key: 'end', header: t('list.endDate'), nowrap: true, render: (c) => c.endDate },
        { key: 'region', header: t('list.region'), nowrap: true, render: (c) => c.region },
        { key: 'project', header: t('list.project'), nowrap: true, render: (c) => c.projectName ?? t('list.noProject') },
        { key: 'participants', header: t('list.participants'), numeric: true, render: (c) => c.participants },
        { key: 'registered', header: t('list.registered'), numeric: true, render: (c) => c.registeredParticipants },
      ]}
    />
  );
}
