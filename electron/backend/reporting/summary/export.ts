import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { summary as enTexts } from '../../../../renderer/i18n/en/summary';
import { summary as zhTexts } from '../../../../renderer/i18n/zh/summary';
import { labelOf } from '../../../contract/labels';
import type { Locale } from '../../../contract/messages';
import type { ProgressPayment } from '../../../contract/reporting';
import type { SummaryList, SummaryListInput, SummaryStudent } from '../../../contract/reportingSummary';
import { prepareExport, withinLimit, type Prepared } from '../../export/audited';
import { fill } from '../../export/catalog';
import { exportFileName, headingLine } from '../../export/heading';
import type { ExportColumn } from '../../export/workbook';
import type { SessionUser } from '../../rpc/context';
import { summaryList } from './lists';

// The page's own words: the namespace files are plain data (export/catalog.ts).
const TEXTS = { 'zh-CN': zhTexts, en: enTexts } satisfies Record<Locale, typeof zhTexts>;
type Words = (typeof zhTexts)['list'];


const studentColumns = (w: Words, lang: 'zh' | 'en'): ExportColumn<SummaryStudent>[] => [
  { header: w.name, type: 'text', value: (r) => r.name },
  { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
  { header: w.project, type: 'text', value: (r) => r.projectName },
  { header: w.cohort, type: 'text', value: (r) => r.cohortName },
  { header: w.className, type: 'text', value: (r) => r.className },
  { header: w.status, type: 'text', value: (r) => labelOf('status', r.status, lang) },
  { header: w.statusDate, type: 'date', value: (r) => r.statusDate },
  { header: w.outcome, type: 'text', value: (r) => (r.outcome === null ? null : labelOf('outcome', r.outcome, lang)) },
  { header: w.destination, type: 'text', value: (r) => (r.destination === null ? null : labelOf('destination', r.destination, lang)) },
  { header: w.salary, type: 'fen', value: (r) => r.monthlySalaryFen },
];

const paymentColumns = (w: Words): ExportColumn<ProgressPayment>[] => [
  { header: w.name, type: 'text', value: (r) => r.studentName },
  { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
  { header: w.project, type: 'text', value: (r) => r.projectName },
  { header: w.batchNo, type: 'text', value: (r) => r.batchNo },
  { header: w.policy, type: 'text', value: (r) => r.policyName },
  { header: w.fundingSource, type: 'text', value: (r) => r.fundingSource || w.noSource },
  { header: w.period, type: 'text', value: (r) => r.period },
  { header: w.paidOn, type: 'date', value: (r) => r.paidOn },
  { header: w.amount, type: 'fen', value: (r) => r.amountFen },
  { header: w.reversal, type: 'text', value: (r) => (r.reversal ? w.reversal : null) },
];

function sheetOf(list: SummaryList, w: Words, lang: 'zh' | 'en') {
  return list.kind === 'students'
    ? ({ rows: list.rows, columns: studentColumns(w, lang) } as const)
    : ({ rows: list.rows, columns: paymentColumns(w) } as const);
}

/** The row a list is of: a project's or cohort's name, a chart's year (2021级, 2024届), or 合计. */
function groupName(db: Db, { groupBy, key }: SummaryListInput, w: (typeof zhTexts)): string {
  if (key === null) return w.total;
  if (groupBy === 'intakeYear' || groupBy === 'graduationYear') return fill(w.trend.year[groupBy], { year: key });
  const row =
    groupBy === 'project'
      ? db.get<{ name: string }>(sql`SELECT name FROM projects WHERE id = ${key}`)
      : db.get<{ name: string }>(sql`SELECT pr.name || ' ' || co.name AS name FROM cohorts co JOIN projects pr ON pr.id = co.project_id WHERE co.id = ${key}`);
  return row?.name ?? '';
}

/** The list behind one number of the summary as a spreadsheet, titled with the figure and its row; an audited export. */
export function summaryListSheet(db: Db, user: SessionUser, locale: Locale, at: Date, input: SummaryListInput): Prepared {
  const w = TEXTS[locale];
  const lang = locale === 'en' ? 'en' : 'zh';
  const list = summaryList(db, user, input, null);
  withinLimit(list.total);
  const group = groupName(db, input, w);
  const figure = w.figure[input.figure];
  const title = headingLine({
    locale,
    title: `${w.export.sheet} · ${figure}`,
    filters: input.groupBy === 'project' || input.groupBy === 'cohort' ? [w.by[input.groupBy], group] : [group],
    count: list.total,
    user: user.displayName,
    at,
  });
  const { rows, columns } = sheetOf(list, w.list, lang);
  return prepareExport({ sheetName: w.export.sheet, title, columns: columns as ExportColumn<unknown>[], rows }, exportFileName(locale, w.export.sheet, at), {
    action: 'export',
    entity: 'report',
    entityId: null,
    after: { report: w.title, figure, group, rows: list.total },
  });
}
