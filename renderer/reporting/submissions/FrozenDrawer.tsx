import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProgressFigure } from '../../../electron/contract/reporting';
import type { FrozenChange, FrozenList, SubmissionListInput } from '../../../electron/contract/reportingSubmissions';
import { useApi } from '../../api/hooks';
import { yuan } from '../../format';
import { RecordTable, type Column } from '../../records/RecordTable';
import type { Picked } from '../progress/FigureDrawer';
import { ListDrawer, ListHead } from '../../records/ListDrawer';
import { studentLink } from '../shared/listColumns';

const COLOURS: Record<FrozenChange, string> = { kept: 'gray', removed: 'red', added: 'orange' };

/** A frozen figure's students, courses or payment lines as sent, with those added or removed since marked. */
export function FrozenDrawer({ id, picked, onClose }: { id: number; picked: Picked | null; onClose(): void }) {
  const { t } = useTranslation('submissions');
  const tr = useTranslation('reporting').t;
  const name = (figure: ProgressFigure) => tr(`progress.figure.${figure}`);
  return (
    <ListDrawer
      opened={picked !== null}
      onClose={onClose}
      testId="frozen-drawer"
      title={picked && t('list.title', { group: picked.group, figure: name(picked.figure) })}
      sides={picked?.base ? { n: name(picked.figure), d: name(picked.base) } : null}
    >
      {(side) =>
        picked && (
          <Behind
            input={{
              id,
              figure: side === 'd' && picked.base ? picked.base : picked.figure,
              projectId: picked.projectId,
              policyId: picked.policyId ?? null,
              fundingSource: picked.fundingSource ?? null,
            }}
          />
        )
      }
    </ListDrawer>
  );
}

type Row = FrozenList['rows'][number];

function Behind({ input }: { input: SubmissionListInput }) {
  const { t } = useTranslation('submissions');
  const tr = useTranslation('reporting').t;
  const ts = useTranslation('students').t;
  const list = useApi('reports.submissionList', input, { staleTime: 0 });
  const data = list.data;
  const change: Column<Row> = {
    key: 'change',
    header: t('list.changeColumn'),
    nowrap: true,
    render: (r) => (
      <Text
        size="xs"
        fw={600}
        c={`${COLOURS[r.change]}.9`}
        bg={`${COLOURS[r.change]}.1`}
        px={6}
        style={{ whiteSpace: 'nowrap', borderRadius: 4, display: 'inline-block' }}
        data-testid="frozen-change"
        data-change={r.change}
      >
        {t(`list.change.${r.change}`)}
      </Text>
    ),
  };
  const columns = (): Column<Row>[] => {
    if (data?.kind === 'payments')
      return [
        change,
        { key: 'name', header: tr('list.name'), nowrap: true, render: (r) => ('studentId' in r ? studentLink(r.studentId, r.studentName, '?tab=allowances') : '') },
        { key: 'batch', header: tr('list.batchNo'), nowrap: true, render: (r) => ('batchNo' in r ? r.batchNo : '') },
        { key: 'policy', header: tr('list.policy'), nowrap: true, render: (r) => ('policyName' in r ? r.policyName : '') },
        { key: 'paidOn', header: tr('list.paidOn'), nowrap: true, render: (r) => ('paidOn' in r ? r.paidOn : '') },
        { key: 'amount', header: tr('list.amount'), numeric: true, fill: true, render: (r) => ('amountFen' in r ? yuan(r.amountFen) : '') },
      ];
    if (data?.kind === 'trainings')
      return [
        change,
        { key: 'course', header: tr('list.course'), fill: true, render: (r) => ('course' in r ? r.course : '') },
        { key: 'start', header: tr('list.startDate'), nowrap: true, render: (r) => ('startDate' in r ? r.startDate : '') },
        { key: 'region', header: tr('list.region'), nowrap: true, render: (r) => ('region' in r ? r.region : '') },
        { key: 'participants', header: tr('list.participants'), numeric: true, render: (r) => ('participants' in r ? r.participants : '') },
      ];
    return [
      change,
      { key: 'name', header: tr('list.name'), nowrap: true, render: (r) => ('status' in r ? studentLink(r.id, r.name) : '') },
      { key: 'no', header: tr('list.studentNo'), nowrap: true, render: (r) => ('studentNo' in r ? (r.studentNo ?? '') : '') },
      { key: 'project', header: tr('list.project'), nowrap: true, render: (r) => ('cohortName' in r ? `${r.projectName} ${r.cohortName}` : '') },
      { key: 'class', header: tr('list.className'), nowrap: true, render: (r) => ('className' in r ? (r.className ?? '—') : '') },
      { key: 'status', header: tr('list.status'), fill: true, render: (r) => ('status' in r ? ts(`status.${r.status}`) : '') },
    ];
  };
  return (
    <>
      <ListHead testId="frozen-list-count" count={data && t('list.counts', { frozen: data.frozen, today: data.today }) + (data.shown < data.total ? t('list.more', { shown: data.shown }) : '')} />
      <RecordTable<Row> rowTestId="frozen-list-row" rows={data?.rows} error={list.error?.message} columns={columns()} />
    </>
  );
}
