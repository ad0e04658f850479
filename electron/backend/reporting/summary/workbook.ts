import { sql } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import type { Db } from '../../../../db/open';
import { summary as enTexts } from '../../../../renderer/i18n/en/summary';
import { summary as zhTexts } from '../../../../renderer/i18n/zh/summary';
import type { Locale } from '../../../contract/messages';
import {
  SUMMARY_FIGURES,
  TREND_INDICATORS,
  TREND_LISTS,
  type ProgrammeSummary,
  type SummaryFigures,
  type SummaryInput,
  type SummaryTrend,
  type TrendIndicator,
  type TrendPoint,
} from '../../../contract/reportingSummary';
import { COLUMN_GROUPS, COLUMNS, ratioOf, SUMMARY_DEFINITIONS, type SummaryColumn } from '../../../contract/reportingSummaryColumns';
import type { Prepared } from '../../export/audited';
import { fill, uiText } from '../../export/catalog';
import { count, gridSheet, ratio, text, yuan, type Cell } from '../../export/grid';
import { chinaMinute, exportFileName } from '../../export/heading';
import { compressed, FIRST_SHEET, frozen } from '../../export/zip';
import type { SessionUser } from '../../rpc/context';
import { readSettings } from '../../settings/store';
import { programmeSummary } from './summary';
import { summaryTrend } from './trend';

// The page's own words: the namespace files are plain data (export/catalog.ts).
const TEXTS = { 'zh-CN': zhTexts, en: enTexts } satisfies Record<Locale, typeof zhTexts>;
type Texts = typeof zhTexts;

/** title, the line under it, group headings, column headings: kept in view */
const TOP_ROWS = 4;
const DEFINITION_WIDTH = 110;

/** Whole yuan as the page shows salaries, or — for none. */
const salary = (fen: number | null): Cell => (fen === null ? text('—') : { t: 'n', v: Math.round(fen / 100), z: '#,##0' });
const money = (fen: number | null): Cell => (fen === null ? text('—') : yuan(fen));

function cellOf(c: SummaryColumn, f: SummaryFigures): Cell {
  if ('count' in c) return count(f.counts[c.count]);
  if ('rate' in c) {
    const { n, d } = ratioOf(c.rate, f);
    return ratio(n, d);
  }
  if ('salary' in c) return salary(c.salary === 'mean' ? f.salaryMeanFen : f.salaryMedianFen);
  return money(c.money === 'paid' ? f.paidFen : f.paidPerStudentFen);
}

const columnTitle = (w: Texts, c: SummaryColumn): string =>
  'count' in c ? w.figure[c.count] : 'rate' in c ? w.rate[c.rate] : 'salary' in c ? w.salary[c.salary] : w.money[c.money];

/** The table as the page shows it: headings merged over their columns, a row per project or cohort and the total. */
function tableSheet(summary: ProgrammeSummary, w: Texts, title: string, info: string): XLSX.WorkSheet {
  const last = COLUMNS.length;
  const merges: XLSX.Range[] = [
    { s: { r: 0, c: 0 }, e: { r: 0, c: last } },
    { s: { r: 1, c: 0 }, e: { r: 1, c: last } },
    { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
  ];
  const groups: Cell[] = [text(w.group[summary.groupBy])];
  for (const { group, columns } of COLUMN_GROUPS) {
    if (columns.length > 1) merges.push({ s: { r: 2, c: groups.length }, e: { r: 2, c: groups.length + columns.length - 1 } });
    groups.push(text(w.groups[group]), ...Array<Cell>(columns.length - 1).fill(undefined));
  }
  const line = (name: string, f: SummaryFigures) => [text(name), ...COLUMNS.map((c) => cellOf(c, f))];
  const cells = [
    [text(title)],
    [text(info)],
    groups,
    [undefined, ...COLUMNS.map((c) => text(columnTitle(w, c)))],
    ...summary.rows.map((r) => line(r.label, r)),
    line(w.total, summary.total),
  ];
  return gridSheet({ cells, merges });
}

/** Every count the rates are made of, so each can be checked by hand. */
function countsSheet(summary: ProgrammeSummary, w: Texts): XLSX.WorkSheet {
  const line = (name: string, f: SummaryFigures) => [text(name), ...SUMMARY_FIGURES.map((k) => count(f.counts[k])), yuan(f.paidFen)];
  const cells = [
    [text(w.export.countsHint)],
    [text(w.group[summary.groupBy]), ...SUMMARY_FIGURES.map((k) => text(w.figure[k])), text(w.figure.paid)],
    ...summary.rows.map((r) => line(r.label, r)),
    line(w.total, summary.total),
  ];
  return gridSheet({ cells, merges: [] });
}

/** A point's value as the chart draws it (rates in per cent, money in yuan), and its count and base beside it. */
function pointCells(indicator: TrendIndicator, p: TrendPoint): Cell[] {
  const lists = TREND_LISTS[indicator];
  if (indicator === 'intake') return [count(p.n)];
  if (indicator === 'salaryMedian') return [salary(p.value), count(p.n)];
  if (indicator === 'paidPerStudent') return [money(p.value), yuan(p.n), count(p.d)];
  return [ratio(p.n, p.d), count(p.n), ...(lists.d === null ? [] : [count(p.d)])];
}

/** Each chart as a small table: its years, the value drawn, and the counts behind it. */
function trendSheet(trend: SummaryTrend, w: Texts): XLSX.WorkSheet {
  const cells: Cell[][] = [];
  for (const indicator of Object.keys(TREND_INDICATORS) as TrendIndicator[]) {
    const by = TREND_INDICATORS[indicator];
    const { n, d } = TREND_LISTS[indicator];
    const behind = indicator === 'intake' ? [] : [w.figure[n], ...(d === null ? [] : [w.figure[d]])];
    cells.push(
      [text(`${w.trend.indicator[indicator]}（${w.trend[by]}）`)],
      [text(w.export.year), text(w.export.value), ...behind.map(text)],
      ...(trend[indicator].length === 0
        ? [[text(w.trend.none)]]
        : trend[indicator].map((p) => [text(fill(w.trend.year[by], { year: p.year })), ...pointCells(indicator, p)])),
      [],
    );
  }
  return gridSheet({ cells, merges: [] });
}

const definitionsSheet = (w: Texts): XLSX.WorkSheet =>
  gridSheet({ cells: [[text(w.definitions.title)], ...SUMMARY_DEFINITIONS.map((k) => [text(w.definitions[k])])], merges: [] }, { 0: DEFINITION_WIDTH });

/**
 * 项目成效 as an .xlsx: the table as the page shows it (headings frozen), the counts behind every
 * rate, each chart's years and the 口径说明; an audited export.
 */
export function summaryWorkbook(db: Db, user: SessionUser, locale: Locale, at: Date, input: SummaryInput): Prepared {
  const w = TEXTS[locale];
  const summary = programmeSummary(db, user, input);
  const trend = summaryTrend(db, user, input.projectId);
  const project = input.projectId === null ? w.allProjects : (db.get<{ name: string }>(sql`SELECT name FROM projects WHERE id = ${input.projectId}`)?.name ?? '');
  const { schoolName } = readSettings(db);
  const info = [
    ...(schoolName ? [fill(w.export.school, { school: schoolName })] : []),
    `${w.by[input.groupBy]} · ${project}`,
    fill(uiText(locale).export.heading.exported, { user: user.displayName, time: chinaMinute(at) }),
  ].join('    ');

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, tableSheet(summary, w, w.title, info), w.export.sheets.table);
  XLSX.utils.book_append_sheet(book, countsSheet(summary, w), w.export.sheets.counts);
  XLSX.utils.book_append_sheet(book, trendSheet(trend, w), w.export.sheets.trend);
  XLSX.utils.book_append_sheet(book, definitionsSheet(w), w.export.sheets.definitions);
  // Stored by SheetJS, compressed by Node with the table's headings frozen (export/zip.ts).
  const stored = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  const file = compressed(stored, { [FIRST_SHEET]: frozen(TOP_ROWS) });
  const rows = summary.rows.length + 1;
  return {
    file: { fileName: exportFileName(locale, w.export.fileName, at), base64: file.toString('base64'), rows },
    audit: { action: 'export', entity: 'report', entityId: null, after: { report: w.title, groupBy: w.by[input.groupBy], project, rows } },
  };
}
