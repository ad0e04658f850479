import type { CoverageMonth, OverdueRow } from '../../contract/coverage';
import type { Locale } from '../../contract/messages';
import { fill, uiText } from '../export/catalog';
import { hand, prepareExport, type Prepared } from '../export/audited';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn, ExportSheet } from '../export/workbook';
import type { Handlers, SessionUser } from '../rpc/context';
import { coverage, overdue } from './coverage';

/** One list of the coverage page as a sheet, its title row saying which months, and the audit entry saying who took it. */
function sheetOf<R>(user: SessionUser, locale: Locale, at: Date, name: string, range: { from: string; to: string }, columns: ExportColumn<R>[], rows: R[]): Prepared {
  const ui = uiText(locale);
  const title = headingLine({ locale, title: name, filters: [fill(ui.checkinCoverage.range, range)], count: rows.length, user: user.displayName, at });
  const sheet: ExportSheet<R> = { sheetName: name, title, columns, rows };
  return prepareExport(sheet, exportFileName(locale, name, at), { action: 'export', entity: 'checkin', entityId: null, after: { report: name, ...range, rows: rows.length } });
}

function coverageSheet(user: SessionUser, locale: Locale, at: Date, range: { from: string; to: string }, months: CoverageMonth[]): Prepared {
  const w = uiText(locale).checkinCoverage.months;
  return sheetOf<CoverageMonth>(user, locale, at, uiText(locale).checkinCoverage.sheet.coverage, range, [
    { header: w.month, type: 'text', value: (r) => r.month },
    { header: w.expected, type: 'number', value: (r) => r.expected },
    { header: w.checked, type: 'number', value: (r) => r.checked },
    { header: w.coveragePct, type: 'number', value: (r) => r.coverage },
  ], months);
}

function overdueSheet(user: SessionUser, locale: Locale, at: Date, range: { from: string; to: string }, rows: OverdueRow[]): Prepared {
  const ui = uiText(locale);
  const w = ui.checkinCoverage.overdue;
  return sheetOf<OverdueRow>(user, locale, at, ui.checkinCoverage.sheet.overdue, range, [
    { header: ui.export.columns.seq, type: 'number', value: (_, i) => i + 1 },
    { header: w.name, type: 'text', value: (r) => r.name },
    { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
    { header: w.className, type: 'text', value: (r) => r.className },
    { header: w.counsellor, type: 'text', value: (r) => r.counsellorName },
    { header: w.project, type: 'text', value: (r) => r.projectName },
    { header: w.count, type: 'number', value: (r) => r.missing.length },
    { header: w.missing, type: 'text', value: (r) => r.missing.join(ui.export.changes.list), maxWidth: 60 },
  ], rows);
}

/** The coverage page's two lists to xlsx: the same figures the page shows, for the same caller. */
export const coverageExportHandlers: Handlers<'checkins.coverageExport' | 'checkins.overdueExport'> = {
  'checkins.coverageExport': {
    prepare: async ({ from, to }, { db, user, locale, now }) => coverageSheet(user, locale, now(), { from, to }, coverage(db, user, from, to, now()).months),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
  'checkins.overdueExport': {
    prepare: async (input, { db, user, locale, now }) => {
      const { from, to, rows } = overdue(db, user, input, now());
      return overdueSheet(user, locale, now(), { from, to }, rows);
    },
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
