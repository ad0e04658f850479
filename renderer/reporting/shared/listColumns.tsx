import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgressPayment } from '../../../electron/contract/reporting';
import { yuan } from '../../format';
import type { Column } from '../../records/RecordTable';

/** What the lists behind 统计报表's figures show of a student, whichever figure it is. */
interface StudentBasics {
  name: string;
  studentNo: string | null;
  projectName: string;
  cohortName: string;
  className: string | null;
}

type Texts = ReturnType<typeof useTranslation<'reporting'>>['t'];

/** A student's name, linking to their page (a tab of it for money). */
export const studentLink = (id: number, name: string, tab = '') => (
  <Anchor component={Link} to={`/students/${id}${tab}`} size="sm">
    {name}
  </Anchor>
);

/** Name, 学号, project and cohort, class: the first columns of every student list. */
export function studentColumns<S extends StudentBasics>(t: Texts, idOf: (s: S) => number): Column<S>[] {
  return [
    { key: 'name', header: t('list.name'), nowrap: true, render: (s) => studentLink(idOf(s), s.name) },
    { key: 'no', header: t('list.studentNo'), nowrap: true, render: (s) => s.studentNo ?? '' },
    { key: 'project', header: t('list.project'), nowrap: true, render: (s) => `${s.projectName} ${s.cohortName}` },
    { key: 'class', header: t('list.className'), nowrap: true, render: (s) => s.className ?? '—' },
  ];
}

/** The payment lines behind a money figure; a reversal is marked. */
export function paymentColumns(t: Texts): Column<ProgressPayment>[] {
  return [
    { key: 'name', header: t('list.name'), nowrap: true, render: (p) => studentLink(p.studentId, p.studentName, '?tab=allowances') },
    { key: 'project', header: t('list.project'), nowrap: true, render: (p) => p.projectName },
    { key: 'batch', header: t('list.batchNo'), nowrap: true, render: (p) => p.batchNo },
    { key: 'policy', header: t('list.policy'), nowrap: true, render: (p) => p.policyName },
    { key: 'source', header: t('list.fundingSource'), nowrap: true, render: (p) => p.fundingSource || t('progress.money.noSource') },
    { key: 'period', header: t('list.period'), nowrap: true, render: (p) => p.period },
    { key: 'paidOn', header: t('list.paidOn'), nowrap: true, render: (p) => p.paidOn },
    { key: 'amount', header: t('list.amount'), numeric: true, nowrap: true, render: (p) => yuan(p.amountFen) },
    { key: 'reversal', header: t('list.reversal'), fill: true, render: (p) => (p.reversal ? t('list.reversal') : '') },
  ];
}
