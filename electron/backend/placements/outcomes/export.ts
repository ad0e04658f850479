import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import type { Locale } from '../../../contract/messages';
import { groupText, PART_COLUMNS, percentOf, PLACE_COLUMNS, RATE_COLUMNS, type OutcomeColumn, type OutcomeFilters, type OutcomeRow, type OutcomeStats } from '../../../contract/outcomes';
import { fill, uiText } from '../../export/catalog';
import { prepareExport, type Prepared } from '../../export/audited';
import { exportFileName, headingLine } from '../../export/heading';
import type { ExportColumn } from '../../export/workbook';
import type { SessionUser } from '../../rpc/context';

type Texts = ReturnType<typeof uiText>['outcomes'];

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


/** The statistics as one sheet: the groups and their total, every column of the page's three tables. */
export function outcomesSheet(db: Db, user: SessionUser, locale: Locale, at: Date, filters: OutcomeFilters, stats: OutcomeStats): Prepared {
  const w = uiText(locale).outcomes;
  const project = filters.projectId === null ? null : db.get<{ name: string }>(sql`SELECT name FROM projects WHERE id = ${filters.projectId}`)?.name;
  const used = [w.by[filters.by], ...(filters.year === null ? [] : [fill(w.year, { year: filters.year })]), ...(project ? [project] : [])];
  const rows: Omit<OutcomeRow, 'key'>[] = [...stats.rows.map((r) => ({ ...r, label: groupText(filters.by, r.label, { year: (year) => fill(w.year, { year }), noMajor: w.noMajor }) })), { ...stats.total, label: w.total }];
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
