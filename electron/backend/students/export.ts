import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { statementCache } from '../prepared';
import { classes, cohorts, majors, projects, students } from '../../../db/schema';
import type { exportMethods } from '../../contract/export';
import { maskBankAccount, maskIdNumber } from '../../contract/idcard';
import type { Locale } from '../../contract/messages';
import type { SORTABLE } from '../../contract/students';
import { seesWholeIds } from '../access';
import { fill, uiText, type UiText } from '../export/catalog';
import { hand, prepareExport, withinLimit, type Prepared } from '../export/audited';
import { exportFileName, headingLine } from '../export/heading';
import type { ExportColumn } from '../export/workbook';
import type { Handlers, SessionUser } from '../rpc/context';
import { filterNames, filtersForAudit } from './listFilters';
import { counsellors, listSelection, listStudents, withNames } from './queries';

type ExportInput = z.output<(typeof exportMethods)['students.export']['input']>;


/** Everything the register's export shows of the students a list finds, in the list's order. */
function prepareRows(db: Db, { cond, orderBy }: Pick<ReturnType<typeof listSelection>, 'cond' | 'orderBy'>) {
  return withNames(
    db
      .select({
        name: students.name,
        studentNo: students.studentNo,
        gender: sql<'M' | 'F'>`${students.gender}`,
        ethnicity: students.ethnicity,
        idNumber: students.idNumber,
        birthDate: students.birthDate,
        phone: students.phone,
        projectName: projects.name,
        cohortName: cohorts.name,
        majorName: majors.name,
        level: sql<keyof UiText['students']['level']>`${students.level}`,
        className: classes.name,
        counsellorName: counsellors.displayName,
        status: sql<keyof UiText['students']['status']>`${students.status}`,
        statusDate: students.statusDate,
        enrolmentDate: students.enrolmentDate,
        expectedGraduation: students.expectedGraduation,
        homeProvince: students.homeProvince,
        homeCity: students.homeCity,
        homeCounty: students.homeCounty,
        homeTown: students.homeTown,
        homeVillage: students.homeVillage,
        povertyStatus: sql<keyof UiText['students']['povertyStatus']>`${students.povertyStatus}`,
        priorEducation: sql<keyof UiText['students']['priorEducation']>`${students.priorEducation}`,
        guardianName: students.guardianName,
        guardianRelation: students.guardianRelation,
        guardianPhone: students.guardianPhone,
        dormitory: students.dormitory,
        bankName: students.bankName,
        bankAccount: students.bankAccount,
        bankAccountName: students.bankAccountName,
        notes: students.notes,
      })
      .from(students)
      .$dynamic(),
  )
    .where(cond)
    .orderBy(...orderBy)
    .prepare();
}
type Row = ReturnType<ReturnType<typeof prepareRows>['all']>[number];
const preparedRows = statementCache<ReturnType<typeof prepareRows>>();

/**
 * The students the list shows, on all its pages: its own conditions and order (search, filters,
 * a counsellor's scope), so the two never disagree; refused first if there are too many.
 */
function listedStudents(db: Db, user: SessionUser, input: ExportInput): Row[] {
  withinLimit(listStudents(db, user, { ...input, page: 1, pageSize: 1 }).total);
  const selection = listSelection(user, input);
  return preparedRows(db, selection.shape, () => prepareRows(db, selection)).all(selection.params);
}

/**
 * The register's columns, as the student page labels them. Roles that see 身份证号 and bank
 * accounts masked get them masked here too, and the birth year instead of the birth date.
 */
function columns(ui: UiText, whole: boolean): ExportColumn<Row>[] {
  const f = ui.students.fields;
  const text = (header: string, value: (r: Row) => string | null, maxWidth?: number): ExportColumn<Row> => ({ header, type: 'text', value, maxWidth });
  const digits = (header: string, value: (r: Row) => string | null): ExportColumn<Row> => ({ header, type: 'digits', value });
  const date = (header: string, value: (r: Row) => string): ExportColumn<Row> => ({ header, type: 'date', value });
  return [
    { header: ui.export.columns.seq, type: 'number', value: (_, i) => i + 1 },
    text(f.name, (r) => r.name),
    digits(f.studentNo, (r) => r.studentNo),
    text(f.gender, (r) => ui.students.gender[r.gender]),
    text(f.ethnicity, (r) => r.ethnicity),
    digits(f.idNumber, (r) => (whole ? r.idNumber : maskIdNumber(r.idNumber))),
    whole
      ? date(f.birthDate, (r) => r.birthDate)
      : { header: ui.export.columns.birthYear, type: 'number', value: (r) => Number(r.birthDate.slice(0, 4)) },
    digits(f.phone, (r) => r.phone),
    text(f.projectId, (r) => r.projectName),
    text(f.cohortId, (r) => r.cohortName),
    text(f.majorId, (r) => r.majorName),
    text(f.level, (r) => ui.students.level[r.level]),
    text(f.classId, (r) => r.className),
    text(f.counsellorId, (r) => r.counsellorName),
    text(f.status, (r) => ui.students.status[r.status]),
    date(f.statusDate, (r) => r.statusDate),
    date(f.enrolmentDate, (r) => r.enrolmentDate),
    text(f.expectedGraduation, (r) => r.expectedGraduation),
    text(f.homeProvince, (r) => r.homeProvince),
    text(f.homeCity, (r) => r.homeCity),
    text(f.homeCounty, (r) => r.homeCounty),
    text(f.homeTown, (r) => r.homeTown),
    text(f.homeVillage, (r) => r.homeVillage),
    text(f.povertyStatus, (r) => ui.students.povertyStatus[r.povertyStatus]),
    text(f.priorEducation, (r) => ui.students.priorEducation[r.priorEducation]),
    text(f.guardianName, (r) => r.guardianName),
    text(f.guardianRelation, (r) => r.guardianRelation),
    digits(f.guardianPhone, (r) => r.guardianPhone),
    text(f.dormitory, (r) => (r.dormitory ? ui.common.yes : ui.common.no)),
    text(f.bankName, (r) => r.bankName),
    digits(f.bankAccount, (r) => (whole ? r.bankAccount : maskBankAccount(r.bankAccount))),
    text(f.bankAccountName, (r) => r.bankAccountName),
    text(f.notes, (r) => r.notes, 60),
  ];
}

/** The filters in use as the list's boxes show them: names of records, a status in words, the search. */
function filterWords(db: Db, ui: UiText, input: ExportInput): string[] {
  const names = filterNames(db, input);
  return [
    input.q ? fill(ui.export.heading.search, { q: input.q }) : null,
    names.project,
    names.cohort,
    names.major,
    names.class,
    names.counsellor,
    input.status ? ui.students.status[input.status] : null,
  ].filter((w): w is string => !!w);
}

/** The order as the list says it under the table: 排序：姓名 ↑ (a search ranks the best matches first). */
function sortWords(ui: UiText, input: ExportInput): string {
  const s = ui.students;
  const labels: Record<(typeof SORTABLE)[number], string> = {
    name: s.fields.name,
    studentNo: s.fields.studentNo,
    idNumber: s.fields.idNumber,
    className: s.list.className,
    projectName: s.list.projectName,
    cohortName: s.list.cohortName,
    status: s.fields.status,
    enrolmentDate: s.list.enrolmentDate,
    updatedAt: s.list.updatedAt,
  };
  return fill(input.q ? s.list.sortedByMatch : s.list.sortedBy, { column: labels[input.sort], arrow: input.dir === 'asc' ? '↑' : '↓' });
}

function exportStudents(db: Db, user: SessionUser, input: ExportInput, locale: Locale, at: Date): Prepared {
  const ui = uiText(locale);
  const whole = seesWholeIds(user);
  const rows = listedStudents(db, user, input);
  const title = ui.students.title;
  const heading = { locale, title, filters: filterWords(db, ui, input), sort: sortWords(ui, input), count: rows.length, user: user.displayName, at };
  return prepareExport({ sheetName: title, title: headingLine(heading), columns: columns(ui, whole), rows }, exportFileName(locale, title, at), {
    action: 'export',
    entity: 'student',
    entityId: null,
    // Personal data leaving in bulk, whole 身份证号 and bank accounts among it for some roles: who, which, how many.
    after: { ...filtersForAudit(input), wholeIds: whole, rows: rows.length },
  });
}

export const studentsExportHandlers: Handlers<'students.export'> = {
  'students.export': {
    prepare: async (input, ctx) => exportStudents(ctx.db, ctx.user, input, ctx.locale, ctx.now()),
    run: (_input, ctx, prepared) => hand(ctx, prepared),
  },
};
