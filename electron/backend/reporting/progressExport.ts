import * as XLSX from 'xlsx';
import type { Db } from '../../../db/open';
import { reporting as enTexts } from '../../../renderer/i18n/en/reporting';
import { reporting as zhTexts } from '../../../renderer/i18n/zh/reporting';
import type { Locale } from '../../contract/messages';
import { PROGRESS_RATES, type ProgressInput, type ProgressReport, type ProgressRow } from '../../contract/reporting';
import { isRateColumn, PROGRESS_DEFINITIONS, progressHeadings, type ProgressColumnKey } from '../../contract/reportingColumns';
import type { Prepared } from '../export/audited';
import { fill, uiText } from '../export/catalog';
import { count, gridSheet, ratio, text, yuan, type Cell } from '../export/grid';
import { chinaMinute, exportFileName } from '../export/heading';
import { compressed, FIRST_SHEET, frozen } from '../export/zip';
import type { SessionUser } from '../rpc/context';
import { readSettings } from '../settings/store';
import { readProgressColumns } from './columns';
import { progressReport } from './progress';

// The page's own words: the namespace files are plain data (export/catalog.ts).
const TEXTS = { 'zh-CN': zhTexts, en: enTexts } satisfies Record<Locale, typeof zhTexts>;
type Texts = typeof zhTexts;

/** title, school and period, group headings, column headings: kept in view */
const TOP_ROWS = 4;
const DEFINITION_WIDTH = 110;

/** A column's heading, as the page shows it. */
export const progressColumnTitle = (w: Texts, key: ProgressColumnKey): string => (isRateColumn(key) ? w.progress.rate[key] : w.progress.figure[key]);

/** A row's value in a column: a count, yuan with two decimals, or a rate as a percentage (— over none, as on the page). */
function valueOf(row: ProgressRow, key: ProgressColumnKey): Cell {
  if (isRateColumn(key)) {
    const { n, d } = PROGRESS_RATES[key];
    return ratio(row.figures[n], row.figures[d]);
  }
  return key === 'moneyFen' ? yuan(row.figures.moneyFen) : count(row.figures[key]);
}

/** The table as displayed: title rows, the group headings merged over their columns, a row per project and the total. */
function tableSheet(report: ProgressReport, columns: readonly ProgressColumnKey[], w: Texts, info: string): XLSX.WorkSheet {
  const last = columns.length;
  const groups: Cell[] = [text(w.progress.project)];
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: last } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: last } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
  ];
  for (const run of progressHeadings(columns)) {
    const at = groups.length;
    groups.push(text(w.progress.groups[run.group]), ...Array<Cell>(run.keys.length - 1).fill(undefined));
    if (run.keys.length > 1) merges.push({ s: { r: 2, c: at }, e: { r: 2, c: at + run.keys.length - 1 } });
  }
  const line = (row: ProgressRow, name: string) => [text(name), ...columns.map((key) => valueOf(row, key))];
  const cells = [
    [text(w.progress.title)],
    [text(info)],
    groups,
    [undefined, ...columns.map((key) => text(progressColumnTitle(w, key)))],
    ...report.rows.map((row) => line(row, row.label)),
    line(report.total, w.progress.total),
  ];
  return gridSheet({ cells, merges });
}

/** 资助金额 by policy and by funding source, each with its total. */
function moneySheet(report: ProgressReport, w: Texts, info: string): XLSX.WorkSheet {
  const m = w.progress.money;
  const source = (name: string) => text(name || m.noSource);
  const sum = <R extends { lines: number; amountFen: number }>(rows: R[]) => ({
    lines: rows.reduce((n, r) => n + r.lines, 0),
    amountFen: rows.reduce((n, r) => n + r.amountFen, 0),
  });
  const cells: Cell[][] = [[text(info)]];
  if (report.byPolicy.length === 0) {
    cells.push([text(m.none)]);
    return gridSheet({ cells, merges: [] });
  }
  const policies = sum(report.byPolicy);
  const funding = sum(report.byFunding);
  cells.push(
    [],
    [text(m.byPolicy)],
    [text(m.policy), text(m.fundingSource), text(m.lines), text(m.amount)],
    ...report.byPolicy.map((p) => [text(p.policyName), source(p.fundingSource), count(p.lines), yuan(p.amountFen)]),
    [text(w.progress.total), undefined, count(policies.lines), yuan(policies.amountFen)],
    [],
    [text(m.byFunding)],
    [text(m.fundingSource), text(m.lines), text(m.amount)],
    ...report.byFunding.map((f) => [source(f.fundingSource), count(f.lines), yuan(f.amountFen)]),
    [text(w.progress.total), count(funding.lines), yuan(funding.amountFen)],
  );
  return gridSheet({ cells, merges: [{ s: { r: 0, c: 0 }, e: { r: 0, c: 3 } }] });
}

const definitionsSheet = (w: Texts): XLSX.WorkSheet =>
  gridSheet({ cells: [[text(w.progress.definitions.title)], ...PROGRESS_DEFINITIONS.map((k) => [text(w.progress.definitions[k])])], merges: [] }, { 0: DEFINITION_WIDTH });

/**
 * The 进展情况表 as an .xlsx, in the columns the office chose: the table on the first sheet
 * (headings frozen), the money on the second, the 口径说明 on the third; an audited export.
 */
export function progressWorkbook(db: Db, user: SessionUser, locale: Locale, at: Date, input: ProgressInput): Prepared {
  const w = TEXTS[locale];
  const o = w.progressOutput;
  const report = progressReport(db, input, at);
  const columns = readProgressColumns(db);
  const { schoolName } = readSettings(db);
  const info = [
    ...(schoolName ? [fill(o.school, { school: schoolName })] : []),
    fill(o.subtitle, { from: report.from, to: report.to }),
    fill(uiText(locale).export.heading.exported, { user: user.displayName, time: chinaMinute(at) }),
  ].join('    ');

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, tableSheet(report, columns, w, info), o.sheets.table);
  XLSX.utils.book_append_sheet(book, moneySheet(report, w, info), o.sheets.money);
  XLSX.utils.book_append_sheet(book, definitionsSheet(w), o.sheets.definitions);
  // Stored by SheetJS, compressed by Node with the table's headings frozen (export/zip.ts).
  const stored = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  const file = compressed(stored, { [FIRST_SHEET]: frozen(TOP_ROWS) });
  const rows = report.rows.length + 1;
  return {
    file: { fileName: exportFileName(locale, fill(o.fileName, { title: w.progress.title, year: report.year }), at), base64: file.toString('base64'), rows },
    audit: {
      action: 'export',
      entity: 'report',
      entityId: null,
      after: { report: w.progress.title, from: report.from, to: report.to, columns: columns.map((key) => progressColumnTitle(w, key)), rows },
    },
  };
}
