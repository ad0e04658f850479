import { maskIdNumber, parseIdNumber } from '../../../contract/idcard';
import type { ImportRowStatus } from '../../../contract/importRows';
import type { MissingGroups, StudentImportField, StudentImportRow, StudentSheet } from '../../../contract/importStudents';
import { fieldProblems, type FieldProblem } from '../../../contract/problems';
import { recordWarnings } from '../../../contract/plausibility';
import { studentFields, type Student } from '../../../contract/students';
import type { AuthedCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { getStudent } from '../../students/queries';
import { statusDateProblem } from '../../students/status';
import { validateStudent, type StudentInput } from '../../students/validate';
import { isExampleNote, normalisedId, studentIdsByIdNumber, twinsIn, worded, type Issue as AnyIssue } from '../rows';
import { readStudentCells, type ReadValues } from './cells';
import { describe } from './describe';
import { Groups } from './groups';

/** A record as the import would write it: new, an update of a student of the register, or refused. */
export interface Evaluated extends StudentImportRow {
  input: StudentInput | null;
  /** the status a new student already had (毕业 2019-07-01), from the sheet */
  enteredAs: { status: NonNullable<ReadValues['status']>; date: string } | null;
  before: Student | null;
}

/** The register's student fields that a sheet's columns fill (the groups by name, the rest as they are). */
const INPUT_FIELD: Partial<Record<string, StudentImportField>> = {
  projectId: 'project',
  cohortId: 'cohort',
  majorId: 'major',
  classId: 'className',
  counsellorId: 'counsellor',
};
const importField = (field: string): StudentImportField | null => INPUT_FIELD[field] ?? ((studentFields.shape as Record<string, unknown>)[field] ? (field as StudentImportField) : null);

const REQUIRED_NEW: StudentImportField[] = ['name', 'idNumber', 'povertyStatus', 'priorEducation', 'project', 'cohort', 'level', 'enrolmentDate'];

type Issue = AnyIssue<StudentImportField>;

/**
 * What importing each record of a sheet would do, checked exactly as the student form checks one
 * record (the contract's schema, then validateStudent), plus what only a sheet can get wrong: a
 * cell that cannot be read, a name the register lacks, the same 身份证号 or 学号 twice in the file.
 * With `createMissing` the missing cohorts, majors and classes are made first (a preview makes them
 * inside a transaction it rolls back).
 */
export function evaluate(ctx: AuthedCtx, sheet: StudentSheet): { rows: Evaluated[]; missing: MissingGroups } {
  const read = sheet.rows.map((row) => ({ line: row.line, ...readStudentCells(row.cells, sheet.date1904) }));
  let groups = new Groups(ctx.db);
  // Only to make what is missing first: the records are resolved against the groups below in any case.
  if (sheet.createMissing) for (const r of read) resolve(groups, r.values);
  if (sheet.createMissing && (groups.missing.cohorts.length || groups.missing.majors.length || groups.missing.classes.length)) {
    const missing = groups.missing;
    const made = groups;
    made.make(ctx, (name) => {
      const first = read.find((r) => r.values.className === name)!.values;
      const { ids } = resolve(made, first);
      return ids.cohortId === undefined ? null : { cohortId: ids.cohortId, majorId: ids.majorId ?? null, headTeacherId: ids.counsellorId ?? null };
    });
    groups = new Groups(ctx.db);
    groups.missing.cohorts.push(...missing.cohorts);
    groups.missing.majors.push(...missing.majors);
    groups.missing.classes.push(...missing.classes);
  }
  const existing = existingStudents(ctx, read.map((r) => normalisedId(r.values.idNumber)));
  const twins = twinsIn(read, [
    { field: 'idNumber', valueOf: (i) => normalisedId(read[i].values.idNumber) },
    { field: 'studentNo', valueOf: (i) => read[i].values.studentNo ?? null },
  ]);
  const rows = read.map((r): Evaluated => {
    const issues: Issue[] = [...r.issues, ...(twins.get(r.line) ?? [])];
    if (isExampleNote(r.values.notes)) issues.push({ field: 'notes', key: 'import_example_row' });
    const before = existing.get(normalisedId(r.values.idNumber) ?? '') ?? null;
    const resolved = resolve(groups, r.values, before);
    issues.push(...resolved.issues);
    if (!before && sheet.updateOnly) issues.push({ field: 'idNumber', key: r.values.idNumber ? 'import_not_in_register' : 'required' });
    else if (!before) for (const field of REQUIRED_NEW) if (r.values[field as keyof ReadValues] === undefined && !issues.some((i) => i.field === field)) issues.push({ field, key: 'required' });
    let input: StudentInput | null = null;
    if (!issues.length) {
      const checked = check(ctx, mergedInput(r.values, resolved.ids, before), before?.id ?? null);
      // Sex and birth date come from the 身份证号 when the sheet has none: a bad number is the one reason to give.
      const badId = checked.issues.some((i) => i.field === 'idNumber');
      issues.push(...checked.issues.filter((i) => !(badId && (i.field === 'gender' || i.field === 'birthDate') && r.values[i.field] === undefined)));
      input = checked.input;
    }
    const enteredAs = !before && r.values.status && r.values.status !== 'enrolled' ? { status: r.values.status, date: r.values.statusDate ?? '' } : null;
    if (enteredAs && !r.values.statusDate) issues.push({ field: 'statusDate', key: 'required' });
    else if (enteredAs && input) {
      const problem = statusDateProblem(enteredAs.date, input.enrolmentDate, ctx.now());
      if (problem) issues.push({ field: 'statusDate', key: problem.key, params: problem.params });
    }
    const warnings: Issue[] = input ? recordWarnings(input).map((w) => ({ ...w, field: importField(w.field) })) : [];
    if (before && r.values.status && r.values.status !== before.status) warnings.push({ field: 'status', key: 'import_status_kept' });
    const changes = before && input && !issues.length ? describe(ctx.locale, before, input, r.values, sheet.headers) : [];
    const status: ImportRowStatus = issues.length ? 'error' : !before ? 'new' : changes.length ? 'update' : 'unchanged';
    return {
      line: r.line,
      status,
      name: r.values.name ?? before?.name ?? '',
      idNumber: maskIdNumber(normalisedId(r.values.idNumber) ?? ''),
      studentId: before?.id ?? null,
      version: before?.version ?? null,
      changes,
      problems: issues.map((i) => worded(ctx, sheet.headers, i)),
      warnings: warnings.map((w) => worded(ctx, sheet.headers, w)),
      input: status === 'error' ? null : input,
      enteredAs: status === 'new' ? enteredAs : null,
      before,
    };
  });
  return { rows, missing: groups.missing };
}

/** The register's students the sheet's 身份证号 name, whole (the import is for those who edit the register). */
function existingStudents(ctx: AuthedCtx, idNumbers: (string | null)[]): Map<string, Student> {
  return new Map([...studentIdsByIdNumber(ctx, idNumbers)].map(([idNumber, id]) => [idNumber, getStudent(ctx.db, ctx.user, id)]));
}

type Ids = Partial<Record<'projectId' | 'cohortId' | 'majorId' | 'classId' | 'counsellorId', number>>;

/** The groups and counsellor a record names, as the register's ids; what it names that is not there (noted to be made). */
function resolve(groups: Groups, v: ReadValues, before: Student | null = null) {
  const ids: Ids = {};
  const issues: Issue[] = [];
  const projectId = v.project !== undefined ? groups.project(v.project) : before?.projectId;
  if (v.project !== undefined && projectId === undefined) issues.push({ field: 'project', key: 'import_project_unknown', params: { name: v.project } });
  if (projectId !== undefined) ids.projectId = projectId;
  if (v.cohort !== undefined && projectId !== undefined) {
    const cohortId = groups.cohort(projectId, v.cohort);
    if (cohortId !== undefined) ids.cohortId = cohortId;
    else if (groups.canMakeCohort(v.cohort)) groups.noteCohort(projectId, v.cohort), issues.push({ field: 'cohort', key: 'import_missing', params: { name: v.cohort } });
    else issues.push({ field: 'cohort', key: 'import_cohort_name', params: { name: v.cohort } });
  }
  if (v.major !== undefined) {
    const majorId = groups.major(v.major);
    if (majorId !== undefined) ids.majorId = majorId;
    else groups.noteMajor(v.major), issues.push({ field: 'major', key: 'import_missing', params: { name: v.major } });
  }
  if (v.counsellor !== undefined) {
    const counsellor = groups.counsellor(v.counsellor);
    if (counsellor === undefined) issues.push({ field: 'counsellor', key: 'import_counsellor_unknown', params: { name: v.counsellor } });
    else if (counsellor === 'ambiguous') issues.push({ field: 'counsellor', key: 'import_counsellor_ambiguous', params: { name: v.counsellor } });
    else ids.counsellorId = counsellor;
  }
  if (v.className !== undefined) {
    const klass = groups.klass(v.className);
    if (klass) ids.classId = klass.id;
    else {
      groups.noteClass(v.className, v.cohort ?? '');
      issues.push({ field: 'className', key: 'import_missing', params: { name: v.className } });
    }
  }
  return { ids, issues };
}

/** The student as the import would leave them: the register's record with the sheet's filled cells over it, or the sheet's alone. */
function mergedInput(v: ReadValues, ids: Ids, before: Student | null): Record<string, unknown> {
  const parsed = v.idNumber ? parseIdNumber(v.idNumber) : null;
  const fromId = parsed && !('problem' in parsed) ? { gender: parsed.gender, birthDate: parsed.birthDate } : {};
  const { project: _p, cohort: _c, major: _m, className: _k, counsellor: _n, status: _s, statusDate: _d, ...fields } = v;
  const base = before
    ? { ...before }
    : { studentNo: null, ethnicity: '', phone: '', homeProvince: '', homeCity: '', homeCounty: '', homeTown: '', homeVillage: '', guardianName: '', guardianRelation: '', guardianPhone: '', majorId: null, classId: null, expectedGraduation: null, counsellorId: null, dormitory: false, bankName: '', bankAccount: '', bankAccountName: '', notes: '' };
  return { ...base, ...(before ? {} : fromId), ...fields, ...ids };
}

/** The contract's schema, then the register's own checks: the same refusals the student form gives. */
function check(ctx: AuthedCtx, candidate: Record<string, unknown>, selfId: number | null): { input: StudentInput | null; issues: Issue[] } {
  const parsed = studentFields.safeParse(candidate);
  const asIssues = (problems: FieldProblem[]): Issue[] => problems.map((p) => ({ field: importField(p.field), key: p.key, params: p.params }));
  if (!parsed.success) return { input: null, issues: asIssues(fieldProblems(parsed.error, candidate)) };
  try {
    return { input: validateStudent(ctx.db, parsed.data, selfId, ctx.now()), issues: [] };
  } catch (e) {
    if (e instanceof AppError && e.fields.length) return { input: null, issues: asIssues(e.fields) };
    throw e;
  }
}
