import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { classes, users } from '../../../db/schema';
import type { CoverageMonth, CoverageStudent, CoverageStudentsInput, OverdueRow } from '../../contract/coverage';
import type { Locale } from '../../contract/messages';
import { fill, uiText } from '../export/catalog';
import { hand, prepareExport, type Prepared } from '../export/audited';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn, ExportSheet } from '../export/workbook';
import type { Handlers, SessionUser } from '../rpc/context';
import { coverage, overdue } from './coverage';
import { coverageStudents } from './coverageStudents';

/** One list of the coverage page as a sheet, its title row saying what it holds, and the audit entry saying who took it. */
function sheetOf<R>(user: SessionUser, locale: Locale, at: Date, name: string, filters: string[], about: object, columns: ExportColumn<R>[], rows: R[]): Prepared {
  const title = headingLine({ locale, title: name, filters, count: rows.length, user: user.displayName, at });
  const sheet: ExportSheet<R> = { sheetName: name, title, columns, rows };
  return prepareExport(sheet, exportFileName(locale, name, at), { action: 'export', entity: 'checkin', entityId: null, after: { report: name, ...about, rows: rows.length } });
}

/** The range as the title row says it. */
const rangeFilter = (locale: Locale, range: { from: string; to: string }) => [fill(uiText(locale).checkinCoverage.range, range)];

function coverageSheet(user: SessionUser, locale: Locale, at: Date, range: { from: string; to: string }, months: CoverageMonth[]): Prepared {
  const w = uiText(locale).checkinCoverage.months;
  return sheetOf<CoverageMonth>(user, locale, at, uiText(locale).checkinCoverage.sheet.coverage, rangeFilter(locale, range), range, [
    { header: w.month, type: 'text', value: (r) => r.month },
    { header: w.expected, type: 'number', value: (r) => r.expected },
    { header: w.checked, type: 'number', value: (r) => r.checked },
    { header: w.coveragePct, type: 'number', value: (r) => r.coverage },
  ], months);
}

function overdueSheet(user: SessionUser, locale: Locale, at: Date, range: { from: string; to: string }, rows: OverdueRow[]): Prepared {
  const ui = uiText(locale);
  const w = ui.checkinCoverage.overdue;
  return sheetOf<OverdueRow>(user, locale, at, ui.checkinCoverage.sheet.overdue, rangeFilter(locale, range), range, [
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

/** The group a list is of, as its table row names it: the counsellor, the class, or 未指定 / 未分班. */
function groupName(db: Db, locale: Locale, group: NonNullable<CoverageStudentsInput['group']>): string {
  const w = uiText(locale).checkinCoverage;
  if (group.id === null) return group.by === 'counsellor' ? w.none : w.noClass;
  const found =
    group.by === 'counsellor'
      ? db.select({ name: users.displayName }).from(users).where(eq(users.id, group.id)).get()
      : db.select({ name: classes.name }).from(classes).where(eq(classes.id, group.id)).get();
  return found?.name ?? String(group.id);
}

function studentsSheet(db: Db, user: SessionUser, locale: Locale, at: Date, input: CoverageStudentsInput, rows: CoverageStudent[]): Prepared {
  const ui = uiText(locale);
  const w = ui.checkinCoverage.students;
  const { month, group, side } = input;
  const filters = [month, ...(group ? [groupName(db, locale, group)] : []), w.side[side]];
  return sheetOf<CoverageStudent>(user, locale, at, ui.checkinCoverage.sheet.students, filters, { month, group, side }, [
    { header: ui.export.columns.seq, type: 'number', value: (_, i) => i + 1 },
    { header: w.name, type: 'text', value: (r) => r.name },
    { header: w.studentNo, type: 'digits', value: (r) => r.studentNo },
    { header: w.className, type: 'text', value: (r) => r.className },
    { header: w.counsellor, type: 'text', value: (r) => r.counsellorName },
    { header: w.project, type: 'text', value: (r) => r.projectName },
    { header: w.cohort, type: 'text', value: (r) => r.cohortName },
    { header: w.state, type: 'text', value: (r) => w.states[r.checkedOn ? 'done' : r.overdue ? 'overdue' : 'open'] },
    { header: w.checkedOn, type: 'date', value: (r) => r.checkedOn },
    { header: w.checkedBy, type: 'text', value: (r) => r.checkedBy },
  ], rows);
}

/** The coverage page's lists to xlsx: the same figures the page shows, for the same caller. */
export const coverageExportHandlers: Handlers<'checkins.coverageExport' | 'checkins.coverageStudentsExport' | 'checkins.overdueExport'> = {
  'checkins.coverageExport': {
    prepare: async ({ from, to }, { db, user, locale, now }) => coverageSheet(user, locale, now(), { from, to }, coverage(db, user, from, to, now()).months),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
  'checkins.coverageStudentsExport': {
    prepare: async (input, { db, user, locale, now }) => studentsSheet(db, user, locale, now(), input, coverageStudents(db, user, input, now(), null).rows),
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
