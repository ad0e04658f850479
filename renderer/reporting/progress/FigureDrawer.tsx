import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
import { ListDrawer, ListHead } from '../../records/ListDrawer';
import { paymentColumns, studentColumns } from '../shared/listColumns';

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
  const name = (figure: ProgressFigure) => t(`progress.figure.${figure}`);
  return (
    <ListDrawer
      opened={picked !== null}
      onClose={onClose}
      testId="progress-drawer"
      title={picked && t('list.title', { group: picked.group, figure: name(picked.figure) })}
      sides={picked?.base ? { n: name(picked.figure), d: name(picked.base) } : null}
    >
      {(side) =>
        picked && (
          <>
            {period.from && period.to && (
              <Text size="sm" data-testid="progress-list-period">
                {t('progress.period', { from: period.from, to: period.to })}
              </Text>
            )}
            <Behind
              input={{
                ...period,
                figure: side === 'd' && picked.base ? picked.base : picked.figure,
                projectId: picked.projectId,
                policyId: picked.policyId ?? null,
                fundingSource: picked.fundingSource ?? null,
              }}
            />
          </>
        )
      }
    </ListDrawer>
  );
}

function Behind({ input }: { input: ProgressListInput }) {
  const { t } = useTranslation('reporting');
  const list = useApi('reports.progressList', input, { staleTime: 0 });
  const data = list.data;
  return (
    <>
      <ListHead testId="progress-list-count" count={data && summary(t, data)}>
        <ExportButton method="reports.progressListExport" input={input} count={data?.total} />
      </ListHead>
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
        ...studentColumns<ProgressStudent>(t, (s) => s.id),
        { key: 'status', header: t('list.status'), nowrap: true, render: (s) => ts(`status.${s.status}`) },
        { key: 'date', header: t(`list.date.${date}`), nowrap: true, render: (s) => s.date },
        { key: 'outcome', header: t('list.outcome'), fill: true, render: (s) => (s.outcome ? tp(`outcome.${s.outcome}`) : '') },
      ]}
    />
  );
}

function Payments({ rows }: { rows: ProgressPayment[] }) {
  const { t } = useTranslation('reporting');
  return <RecordTable<ProgressPayment> rowTestId="progress-list-row" rows={rows} columns={paymentColumns(t)} />;
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
