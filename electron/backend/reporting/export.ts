import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { reporting as enTexts } from '../../../renderer/i18n/en/reporting';
import { reporting as zhTexts } from '../../../renderer/i18n/zh/reporting';
import { labelOf } from '../../contract/labels';
import type { Locale } from '../../contract/messages';
import type { ProgressList, ProgressListInput, ProgressPayment, ProgressStudent, ProgressTraining, StudentFigure } from '../../contract/reporting';
import { fill } from '../export/catalog';
import { prepareExport, withinLimit, type Prepared } from '../export/audited';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn } from '../export/workbook';
import type { SessionUser } from '../rpc/context';
import { periodOf } from './facts';
import { progressList } from './lists';

// The page's own words: the namespace files are plain data (export/catalog.ts).
const TEXTS = { 'zh-CN': zhTexts, en: enTexts } satisfies Record<Locale, typeof zhTexts>;
type Texts = typeof zhTexts;


function studentColumns(w: Texts['list'], lang: 'zh' | 'en', figure: StudentFigure): ExportColumn<ProgressStudent>[] {
  return [
    { header: w.name, type: 'text', value: (r) => r.name },
    { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
    { header: w.project, type: 'text', value: (r) => r.projectName },
    { header: w.cohort, type: 'text', value: (r) => r.cohortName },
    { header: w.className, type: 'text', value: (r) => r.className },
    { header: w.status, type: 'text', value: (r) => labelOf('status', r.status, lang) },
    { header: w.date[figure], type: 'date', value: (r) => r.date },
    { header: w.outcome, type: 'text', value: (r) => (r.outcome === null ? null : labelOf('outcome', r.outcome, lang)) },
  ];
}

const paymentColumns = (w: Texts['list'], noSource: string): ExportColumn<ProgressPayment>[] => [
  { header: w.name, type: 'text', value: (r) => r.studentName },
  { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
  { header: w.project, type: 'text', value: (r) => r.projectName },
  { header: w.batchNo, type: 'text', value: (r) => r.batchNo },
  { header: w.policy, type: 'text', value: (r) => r.policyName },
  { header: w.fundingSource, type: 'text', value: (r) => r.fundingSource || noSource },
  { header: w.period, type: 'text', value: (r) => r.period },
  { header: w.paidOn, type: 'date', value: (r) => r.paidOn },
  { header: w.amount, type: 'fen', value: (r) => r.amountFen },
  { header: w.reversal, type: 'text', value: (r) => (r.reversal ? w.reversal : null) },
];

const trainingColumns = (w: Texts['list']): ExportColumn<ProgressTraining>[] => [
  { header: w.course, type: 'text', value: (r) => r.course },
  { header: w.startDate, type: 'date', value: (r) => r.startDate },
  { header: w.endDate, type: 'date', value: (r) => r.endDate },
  { header: w.region, type: 'text', value: (r) => r.region },
  { header: w.project, type: 'text', value: (r) => r.projectName ?? w.noProject },
  { header: w.participants, type: 'number', value: (r) => r.participants },
  { header: w.registered, type: 'number', value: (r) => r.registeredParticipants },
];

/** The rows and columns of a list, whichever kind it is. */
function sheetOf(list: ProgressList, w: Texts, lang: 'zh' | 'en', figure: ProgressListInput['figure']) {
  switch (list.kind) {
    case 'students':
      return { rows: list.rows, columns: studentColumns(w.list, lang, figure as StudentFigure) } as const;
    case 'payments':
      return { rows: list.rows, columns: paymentColumns(w.list, w.progress.money.noSource) } as const;
    case 'trainings':
      return { rows: list.rows, columns: trainingColumns(w.list) } as const;
  }
}

/** The list behind one figure as a spreadsheet, titled with the figure, its row and period; an audited export. */
export function progressListSheet(db: Db, user: SessionUser, locale: Locale, at: Date, input: ProgressListInput): Prepared {
  const w = TEXTS[locale];
  const lang = locale === 'en' ? 'en' : 'zh';
  const period = periodOf(input, at);
  const list = progressList(db, input, at, null);
  withinLimit(list.total);
  const project =
    input.projectId === null ? w.progress.total : (db.get<{ name: string }>(sql`SELECT name FROM projects WHERE id = ${input.projectId}`)?.name ?? '');
  const policy = input.policyId === null ? null : db.get<{ name: string }>(sql`SELECT name FROM allowance_policies WHERE id = ${input.policyId}`)?.name;
  const filters = [
    fill(w.progress.period, { from: period.from, to: period.to }),
    project,
    ...(policy ? [fill(w.list.policyTitle, { name: policy })] : []),
    ...(input.fundingSource === null ? [] : [fill(w.list.fundingTitle, { name: input.fundingSource || w.progress.money.noSource })]),
  ];
  const figure = w.progress.figure[input.figure];
  const title = headingLine({ locale, title: `${w.export.sheet} · ${figure}`, filters, count: list.total, user: user.displayName, at });
  const { rows, columns } = sheetOf(list, w, lang, input.figure);
  return prepareExport({ sheetName: w.export.sheet, title, columns: columns as ExportColumn<unknown>[], rows }, exportFileName(locale, w.export.sheet, at), {
    action: 'export',
    entity: 'report',
    entityId: null,
    after: {
      report: w.progress.title,
      figure,
      project,
      from: period.from,
      to: period.to,
      policy: policy ?? null,
      fundingSource: input.fundingSource,
      rows: list.total,
    },
  });
}
