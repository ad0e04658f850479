import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { allowances as enTexts } from '../../../renderer/i18n/en/allowances';
import { allowances as zhTexts } from '../../../renderer/i18n/zh/allowances';
import type { TotalsLine, TotalsLines, totalsLinesInput, TotalsStudent } from '../../contract/allowanceTotalsLines';
import type { Locale } from '../../contract/messages';
import { prepareExport, type Prepared } from '../export/audited';
import { fill } from '../export/catalog';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn } from '../export/workbook';
import type { SessionUser } from '../rpc/context';
import { allowanceTotals } from './totals';

// The page's own words: the namespace files are plain data (export/catalog.ts).
const TEXTS = { 'zh-CN': zhTexts, en: enTexts } satisfies Record<Locale, typeof zhTexts>;
type Words = (typeof zhTexts)['totals']['list'];
type Input = z.output<typeof totalsLinesInput>;


const studentBasics = <R extends Pick<TotalsStudent, 'studentNo' | 'projectName' | 'cohortName' | 'className'>>(w: Words): ExportColumn<R>[] => [
  { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
  { header: w.project, type: 'text', value: (r) => r.projectName },
  { header: w.cohort, type: 'text', value: (r) => r.cohortName },
  { header: w.className, type: 'text', value: (r) => r.className },
];

const lineColumns = (w: Words, none: string): ExportColumn<TotalsLine>[] => [
  { header: w.name, type: 'text', value: (r) => r.studentName },
  ...studentBasics<TotalsLine>(w),
  { header: w.batchNo, type: 'text', value: (r) => r.batchNo },
  { header: w.policy, type: 'text', value: (r) => r.policyName },
  { header: w.fundingSource, type: 'text', value: (r) => r.fundingSource || none },
  { header: w.period, type: 'text', value: (r) => r.period },
  { header: w.paidOn, type: 'date', value: (r) => r.paidOn },
  { header: w.amount, type: 'fen', value: (r) => r.amountFen },
  { header: w.reversal, type: 'text', value: (r) => (r.reverses === null ? null : fill(w.reverses, { period: r.reverses })) },
];

const studentColumns = (w: Words): ExportColumn<TotalsStudent>[] => [
  { header: w.name, type: 'text', value: (r) => r.name },
  ...studentBasics<TotalsStudent>(w),
  { header: w.lines, type: 'number', value: (r) => r.lines },
  { header: w.cash, type: 'fen', value: (r) => r.cashFen },
  { header: w.waiver, type: 'fen', value: (r) => r.waiverFen },
];

/** The figure clicked, as its column is headed on the page. */
export const figureOf = (input: Pick<Input, 'side' | 'kind'>) => (input.side === 'students' ? 'students' : (input.kind ?? 'lines'));

/** The row clicked, as the page names it: 合计, a year, or 资助项目：生活补贴. */
function rowName(db: Db, { by, academicYear, key }: Input, w: (typeof zhTexts)['totals'], yearOf: (year: number) => string): string {
  if (key === null) return w.total;
  if (by === 'academicYear') return yearOf(Number(key));
  const label = allowanceTotals(db, by, academicYear).rows.find((r) => String(r.key) === String(key))?.label ?? String(key);
  return fill(w.list.row, { by: w.by[by], row: label || w.none });
}

/** The list behind one figure of the totals as a spreadsheet, titled with the figure, its row and year; an audited export. */
export function totalsLinesSheet(db: Db, user: SessionUser, locale: Locale, at: Date, input: Input, list: TotalsLines): Prepared {
  const w = TEXTS[locale].totals;
  const yearOf = (year: number) => fill(TEXTS[locale].ledger.year, { year, next: year + 1 });
  const row = rowName(db, input, w, yearOf);
  const year = input.academicYear === null ? w.allYears : yearOf(input.academicYear);
  const figure = w[figureOf(input)];
  const title = headingLine({ locale, title: `${w.list.sheet} · ${figure}`, filters: [year, row], count: list.total, user: user.displayName, at });
  const sheet =
    list.side === 'lines'
      ? { rows: list.rows, columns: lineColumns(w.list, w.none) as ExportColumn<unknown>[] }
      : { rows: list.rows, columns: studentColumns(w.list) as ExportColumn<unknown>[] };
  return prepareExport({ sheetName: w.list.sheet, title, ...sheet }, exportFileName(locale, w.list.sheet, at), {
    action: 'export',
    entity: 'report',
    entityId: null,
    after: { report: w.list.sheet, figure, year, row, rows: list.total, ...list.sums },
  });
}
