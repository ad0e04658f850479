import { and, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, projects, students, users } from '../../../db/schema';
import { parseIdNumber } from '../../contract/idcard';
import { recordProblems } from '../../contract/plausibility';
import type { studentFields } from '../../contract/students';
import { statementCache } from '../prepared';
import { AppError, type FieldProblem } from '../rpc/errors';

export type StudentInput = z.output<typeof studentFields>;

const p = sql.placeholder;

/**
 * The register's lookups a student's checks make, prepared once per database: an import checks
 * thousands of students, and drizzle building and SQLite compiling each query cost more than running it.
 */
function prepareLookups(db: Db) {
  const holderBy = (column: typeof students.idNumber | typeof students.studentNo) =>
    db
      .select({ studentId: students.id, name: students.name, project: projects.name, cohort: cohorts.name, klass: classes.name })
      .from(students)
      .innerJoin(projects, eq(projects.id, students.projectId))
      .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
      .leftJoin(classes, eq(classes.id, students.classId))
      .where(and(eq(column, p('value')), ne(students.id, p('self'))))
      .prepare();
  return {
    byIdNumber: holderBy(students.idNumber),
    byStudentNo: holderBy(students.studentNo),
    cohort: db.select({ projectId: cohorts.projectId }).from(cohorts).where(eq(cohorts.id, p('id'))).prepare(),
    major: db.select({ id: majors.id }).from(majors).where(eq(majors.id, p('id'))).prepare(),
    klass: db
      .select({ name: classes.name, cohortId: classes.cohortId, cohortName: cohorts.name })
      .from(classes)
      .leftJoin(cohorts, eq(cohorts.id, classes.cohortId))
      .where(eq(classes.id, p('id')))
      .prepare(),
    user: db.select({ role: users.role, name: users.displayName }).from(users).where(eq(users.id, p('id'))).prepare(),
  };
}
const lookupsCache = statementCache<ReturnType<typeof prepareLookups>>();
const lookups = (db: Db) => lookupsCache(db, 'validate', () => prepareLookups(db));

/**
 * Another student already holding a unique value, described the way the office knows them
 * (name, project, cohort, class). `studentId` lets the form link to them; the message never shows it.
 */
function holder(db: Db, by: 'byIdNumber' | 'byStudentNo', value: string, selfId: number | null) {
  const row = lookups(db)[by].get({ value, self: selfId ?? 0 });
  return row && { studentId: row.studentId, name: row.name, place: [row.project, row.cohort, row.klass].filter(Boolean).join(' ') };
}

/**
 * Checks that need the 身份证号 rules or the database. All problems are reported together so
 * the form can mark every field at once. Returns the input with the normalised ID number.
 */
export function validateStudent(db: Db, input: StudentInput, selfId: number | null, now: Date): StudentInput {
  const problems: FieldProblem[] = [];
  // The contract schema has already refused malformed numbers; this derives what the number says.
  const parsed = parseIdNumber(input.idNumber, now);
  let idNumber = input.idNumber;
  if ('problem' in parsed) {
    problems.push({ field: 'idNumber', key: parsed.problem });
  } else {
    idNumber = parsed.idNumber;
    if (parsed.birthDate !== input.birthDate) problems.push({ field: 'birthDate', key: 'birth_mismatch', params: { expected: parsed.birthDate } });
    if (parsed.gender !== input.gender) problems.push({ field: 'gender', key: 'gender_mismatch', params: { expected: { label: 'gender', code: parsed.gender } } });
    const dup = holder(db, 'byIdNumber', idNumber, selfId);
    if (dup) problems.push({ field: 'idNumber', key: 'duplicate_id_number', params: dup });
  }
  if (input.studentNo !== null) {
    const dup = holder(db, 'byStudentNo', input.studentNo, selfId);
    if (dup) problems.push({ field: 'studentNo', key: 'duplicate_student_no', params: dup });
  }
  problems.push(...recordProblems(input));
  const cohort = lookups(db).cohort.get({ id: input.cohortId });
  if (!cohort) problems.push({ field: 'cohortId', key: 'invalid_value' });
  else if (cohort.projectId !== input.projectId) problems.push({ field: 'cohortId', key: 'cohort_project_mismatch' });
  if (input.majorId !== null && !lookups(db).major.get({ id: input.majorId }))
    problems.push({ field: 'majorId', key: 'invalid_value' });
  if (input.classId !== null) {
    const klass = classToJoin(db, input.classId);
    const misfit = klass && classMisfit(klass, input.cohortId);
    if (!klass) problems.push({ field: 'classId', key: 'invalid_value' });
    else if (misfit) problems.push(misfit);
  }
  if (input.counsellorId !== null && counsellorNamed(db, input.counsellorId) === null) problems.push({ field: 'counsellorId', key: 'not_counsellor' });
  if (input.expectedGraduation !== null && input.expectedGraduation < input.enrolmentDate.slice(0, 7))
    problems.push({ field: 'expectedGraduation', key: 'date_order' });
  if (problems.length) throw new AppError('invalid_input', {}, problems);
  return { ...input, idNumber };
}

/** A class a student is put in, with its cohort (when it has one); undefined when there is no such class. */
export function classToJoin(db: Db, classId: number) {
  return lookups(db).klass.get({ id: classId });
}

/** Why a student of `cohortId` may not be in `klass`. A class with no cohort set (a mixed or older class) takes any cohort. */
export function classMisfit(klass: NonNullable<ReturnType<typeof classToJoin>>, cohortId: number): FieldProblem | null {
  if (klass.cohortId === null || klass.cohortId === cohortId) return null;
  return { field: 'classId', key: 'class_cohort_mismatch', params: { cohort: klass.cohortName ?? '' } };
}

/** The display name of a counsellor account; null when the user is not a counsellor. */
export function counsellorNamed(db: Db, userId: number): string | null {
  const user = lookups(db).user.get({ id: userId });
  return user?.role === 'counsellor' ? user.name : null;
}
