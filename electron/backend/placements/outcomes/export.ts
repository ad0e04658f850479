import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import type { Locale } from '../../../contract/messages';
import { PART_COLUMNS, PLACE_COLUMNS, RATE_COLUMNS, type OutcomeColumn, type OutcomeFilters, type OutcomeRow, type OutcomeStats } from '../../../contract/outcomes';
import { fill, uiText } from '../../export/catalog';
import { prepareExport, type Prepared } from '../../export/audited';
import { exportFileName, headingLine } from '../../export/heading';
import type { ExportColumn } from '../../export/workbook';
import type { SessionUser } from '../../rpc/context';

type Texts = ReturnType<typeof uiText>['outcomes'];

/** A rate as the page shows it, in per cent to one decimal; none over an empty base. */
export const percentOf = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

export function columnHeader(w: Texts, column: OutcomeColumn): string {
  if ('salary' in column) return w.salary[column.salary];
  return column.show === 'rate' ? `${w.rate[column.figure as keyof Texts['rate']]} (%)` : w.figure[column.figure];
}

function cellOf(column: OutcomeColumn, row: Omit<OutcomeRow, 'key' | 'label'>): number | null {
  if ('salary' in column) {
    const fen = column.salary === 'median' ? row.salaryMedianFen : row.salaryMeanFen;
    return fen === null ? null : fen / 100;
  }
  const { n, d } = row.figures[column.figure];
  return column.show === 'rate' ? percentOf(n, d) : n;
}

/** A group's name as the page shows it: 2024届, a project's name, 未分专业. */
export const groupLabel = (w: Texts, by: OutcomeFilters['by'], row: Pick<OutcomeRow, 'key' | 'label'>): string =>
  by === 'graduationYear' ? fill(w.year, { year: row.label }) : row.label === '' ? w.noMajor : row.label;

/** The statistics as one sheet: the groups and their total, every column of the page's three tables. */
export function outcomesSheet(db: Db, user: SessionUser, locale: Locale, at: Date, filters: OutcomeFilters, stats: OutcomeStats): Prepared {
  const w = uiText(locale).outcomes;
  const project = filters.projectId === null ? null : db.get<{ name: string }>(sql`SELECT name FROM projects WHERE id = ${filters.projectId}`)?.name;
  const used = [w.by[filters.by], ...(filters.year === null ? [] : [fill(w.year, { year: filters.year })]), ...(project ? [project] : [])];
  const rows: Omit<OutcomeRow, 'key'>[] = [...stats.rows.map((r) => ({ ...r, label: groupLabel(w, filters.by, r) })), { ...stats.total, label: w.total }];
  const columns: ExportColumn<Omit<OutcomeRow, 'key'>>[] = [
    { header: w.group[filters.by], type: 'text', value: (r) => r.label },
    ...[...RATE_COLUMNS, ...PART_COLUMNS, ...PLACE_COLUMNS].map((c): ExportColumn<Omit<OutcomeRow, 'key'>> => ({
      header: columnHeader(w, c),
      type: 'number',
      value: (r) => cellOf(c, r),
    })),
  ];
  const title = headingLine({ locale, title: w.sheet, filters: used, count: stats.rows.length, user: user.displayName, at });
  return prepareExport({ sheetName: w.sheet, title, columns, rows }, exportFileName(locale, w.sheet, at), {
    action: 'export',
    entity: 'placement',
    entityId: null,
    after: { report: w.sheet, ...filters },
  });
}
