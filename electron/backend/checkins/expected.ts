import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { classes, projects, students, studentStatusEvents } from '../../../db/schema';
import type { MonthRow } from '../../contract/checkins';
import type { FieldProblem } from '../../contract/problems';
import { absence, schoolMonths, type StatusStep } from '../../contract/schoolMonths';
import type { StudentStatus } from '../../contract/students';
import type { SessionUser } from '../rpc/context';
import { reachesOwnStudentsOnly } from '../access';
import { statementCache } from '../prepared';
import { counsellors } from '../students/queries';

/** Which of the caller's students a month's list may hold. */
export interface StudentFilter {
  classId?: number | null;
  studentIds?: readonly number[];
}

/** What the candidates' condition filters on: each shape is built and prepared once. */
interface ReachShape {
  scoped: boolean;
  byClass: boolean;
  byIds: boolean;
}

/**
 * Whose months a query reads: the caller's students who may have been in school in `from` or
 * after it, as a query shape (`key`) and its placeholders' values. Every prepared query built on
 * candidateIds runs with these `params`.
 */
export interface Reach {
  from: string;
  shape: ReachShape;
  key: string;
  params: { scope: number; classId: number | null; ids: string; start: string };
}

export function reachOf(user: SessionUser, from: string, filter: StudentFilter = {}): Reach {
  const shape = { scoped: reachesOwnStudentsOnly(user), byClass: Boolean(filter.classId), byIds: filter.studentIds !== undefined };
  return {
    from,
    shape,
    key: JSON.stringify(shape),
    params: { scope: user.id, classId: filter.classId ?? null, ids: JSON.stringify(filter.studentIds ?? []), start: `${from}-01` },
  };
}

/**
 * The candidates: those still 在读 and those whose status changed since the range began. Anyone
 * else left or went on leave before it (students.status_date is the date of the latest status
 * change still in effect), so the status histories read are those of a class or a school's
 * current students, not of every student ever.
 */
function candidates(shape: ReachShape): SQL {
  const p = sql.placeholder;
  return and(
    shape.scoped ? eq(students.counsellorId, p('scope')) : undefined,
    shape.byClass ? eq(students.classId, p('classId')) : undefined,
    shape.byIds ? sql`${students.id} IN (SELECT value FROM json_each(${p('ids')}))` : undefined,
    or(eq(students.status, 'enrolled'), gte(students.statusDate, p('start'))),
  )!;
}

/** The candidates' ids, as a subquery for another table's prepared query (run it with the reach's params). */
export const candidateIds = (db: Db, shape: ReachShape) => db.select({ id: students.id }).from(students).where(candidates(shape));

/** Status histories still in effect (voided events left out) of the students `whose` picks, oldest first. */
export const stepsOf = (db: Db, whose: SQL) =>
  db
    .select({ studentId: studentStatusEvents.studentId, toStatus: studentStatusEvents.toStatus, date: studentStatusEvents.date })
    .from(studentStatusEvents)
    .where(and(isNull(studentStatusEvents.voidedAt), whose))
    .orderBy(asc(studentStatusEvents.studentId), asc(studentStatusEvents.date), asc(studentStatusEvents.id));

/** stepsOf's rows as each student's history. */
export function stepsByStudent(rows: readonly { studentId: number; toStatus: string; date: string }[]): Map<number, StatusStep[]> {
  const steps = new Map<number, StatusStep[]>();
  for (const { studentId, toStatus, date } of rows) {
    const list = steps.get(studentId) ?? [];
    steps.set(studentId, list);
    list.push({ toStatus: toStatus as StudentStatus, date });
  }
  return steps;
}

/** The status histories of `studentIds` (ids or a subquery), in one query. */
export const statusSteps = (db: Db, studentIds: SQLWrapper | number[]): Map<number, StatusStep[]> =>
  stepsByStudent(stepsOf(db, inArray(studentStatusEvents.studentId, studentIds)).all());

export const inSchool = (steps: readonly StatusStep[] | undefined, calendar: readonly number[], month: string) =>
  schoolMonths(steps ?? [], calendar, month, month).length > 0;

/**
 * What a list shows of a student, with `more`. Built field by field: `{ ...row, ...more }` over a
 * whole school's rows cost more than the query that read them (V8 copies a spread followed by
 * more properties slowly).
 */
export const listed = <M extends object>(r: Omit<MonthRow, 'state' | 'checkinId' | 'risk' | 'lastRisk'>, more: M) =>
  Object.assign(
    {
      studentId: r.studentId,
      name: r.name,
      studentNo: r.studentNo,
      classId: r.classId,
      className: r.className,
      counsellorId: r.counsellorId,
      counsellorName: r.counsellorName,
    },
    more,
  );

function prepareExpected(db: Db, shape: ReachShape) {
  const rows = db.select({ studentId: students.id, statusDate: students.statusDate }).from(students).where(candidates(shape)).prepare();
  const changed = db
    .select({ id: students.id })
    .from(students)
    .where(and(candidates(shape), gte(students.statusDate, sql.placeholder('start'))));
  return { rows, steps: stepsOf(db, inArray(studentStatusEvents.studentId, changed)).prepare() };
}
const preparedExpected = statementCache<ReturnType<typeof prepareExpected>>();

/**
 * The students expected to have a check-in in some month of [reach.from, to], each with those
 * months (ids only, in no order): two queries whatever the range, the candidates and the status
 * histories of those whose status changed since the range began. Anyone else is 在读 since before
 * it, so in school in all its calendar months: a school-wide month reads a few hundred histories,
 * not thousands.
 */
export function expectedMonths(db: Db, reach: Reach, to: string, calendar: readonly number[]): Map<number, string[]> {
  const { from, params } = reach;
  const query = preparedExpected(db, reach.key, () => prepareExpected(db, reach.shape));
  const steps = stepsByStudent(query.steps.all(params));
  const throughout = schoolMonths([{ toStatus: 'enrolled', date: params.start }], calendar, from, to);
  const expected = new Map<number, string[]>();
  for (const r of query.rows.all(params)) {
    const months = r.statusDate < params.start ? throughout : schoolMonths(steps.get(r.studentId) ?? [], calendar, from, to);
    if (months.length) expected.set(r.studentId, months);
  }
  return expected;
}

function prepareNamed(db: Db) {
  return db
    .select({
      studentId: students.id,
      name: students.name,
      studentNo: students.studentNo,
      classId: students.classId,
      className: classes.name,
      counsellorId: students.counsellorId,
      counsellorName: counsellors.displayName,
      projectId: students.projectId,
      projectName: projects.name,
    })
    .from(students)
    .innerJoin(projects, eq(projects.id, students.projectId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
    .where(sql`${students.id} IN (SELECT value FROM json_each(${sql.placeholder('ids')}))`)
    .orderBy(sql`${classes.name} IS NULL`, asc(classes.name), asc(students.namePinyin), asc(students.id))
    .prepare();
}
const preparedNamed = statementCache<ReturnType<typeof prepareNamed>>();

/** Students with the names lists show, by class then pinyin (only those a list shows are named: naming costs more than finding). */
export const named = (db: Db, ids: Iterable<number>) => preparedNamed(db, '', () => prepareNamed(db)).all({ ids: JSON.stringify([...ids]) });

/** The students expected in some month of [reach.from, to], each with those months, by class then pinyin, with their names. */
export function expectedInRange(db: Db, reach: Reach, to: string, calendar: readonly number[]) {
  const expected = expectedMonths(db, reach, to, calendar);
  return named(db, expected.keys()).map((r) => listed(r, { projectId: r.projectId, projectName: r.projectName, months: expected.get(r.studentId)! }));
}

/** The students expected to have a check-in in `reach.from`, by class then pinyin, with the names a list shows. */
export function expectedStudents(db: Db, reach: Reach, calendar: readonly number[]) {
  return named(db, expectedMonths(db, reach, reach.from, calendar).keys()).map((r) => listed(r, {}));
}

/** Why a student is not expected in `month` (a break, not enrolled yet, on leave, gone), said at the month field. */
export function notInSchoolProblem(steps: readonly StatusStep[], calendar: readonly number[], month: string): FieldProblem | null {
  if (inSchool(steps, calendar, month)) return null;
  const problem = (key: FieldProblem['key'], params = {}): FieldProblem => ({ field: 'month', key, params: { month, ...params } });
  if (!calendar.includes(Number(month.slice(5)))) return problem('checkin_school_break');
  const gone = absence(steps, month);
  if (gone.why === 'not_enrolled') return problem('checkin_before_enrolment');
  if (gone.why === 'on_leave') return problem('checkin_on_leave');
  return problem('checkin_left', { status: { label: 'status', code: gone.step.toStatus } });
}
