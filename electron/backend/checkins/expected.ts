import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { classes, projects, students, studentStatusEvents } from '../../../db/schema';
import type { MonthRow } from '../../contract/checkins';
import type { FieldProblem } from '../../contract/problems';
import { monthOf, schoolMonths, type StatusStep } from '../../contract/schoolMonths';
import type { StudentStatus } from '../../contract/students';
import type { SessionUser } from '../rpc/context';
import { counsellors, scopeFor } from '../students/queries';

/** Which of the caller's students a month's list may hold. */
export interface StudentFilter {
  classId?: number | null;
  studentIds?: readonly number[];
}

/**
 * The students of the caller's reach who may have been in school in `month` or after it: those
 * still 在读 and those whose status changed since the month began. Anyone else left or went on
 * leave before it (students.status_date is the date of the latest status change still in effect),
 * so the status histories read are those of a class or a school's current students, not of every
 * student ever.
 */
function candidates(user: SessionUser, month: string, filter: StudentFilter): SQL | undefined {
  return and(
    scopeFor(user),
    filter.classId ? eq(students.classId, filter.classId) : undefined,
    filter.studentIds ? inArray(students.id, [...filter.studentIds]) : undefined,
    or(eq(students.status, 'enrolled'), gte(students.statusDate, `${month}-01`)),
  );
}

/** The candidates' ids, as a subquery for the other tables' queries. */
export const candidateIds = (db: Db, user: SessionUser, month: string, filter: StudentFilter) =>
  db.select({ id: students.id }).from(students).where(candidates(user, month, filter));

/** Status histories still in effect (voided events left out), oldest first, in one query. */
export function statusSteps(db: Db, studentIds: SQLWrapper | number[]): Map<number, StatusStep[]> {
  const rows = db
    .select({ studentId: studentStatusEvents.studentId, toStatus: studentStatusEvents.toStatus, date: studentStatusEvents.date })
    .from(studentStatusEvents)
    .where(and(isNull(studentStatusEvents.voidedAt), inArray(studentStatusEvents.studentId, studentIds)))
    .orderBy(asc(studentStatusEvents.studentId), asc(studentStatusEvents.date), asc(studentStatusEvents.id))
    .all();
  const steps = new Map<number, StatusStep[]>();
  for (const { studentId, toStatus, date } of rows) {
    const list = steps.get(studentId) ?? [];
    steps.set(studentId, list);
    list.push({ toStatus: toStatus as StudentStatus, date });
  }
  return steps;
}

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

/**
 * The students expected to have a check-in in some month of [from, to], each with those months,
 * by class then pinyin, with the names lists show: two queries whatever the range, the students
 * and the status histories of those whose status changed since the range began. Anyone else is
 * 在读 since before it, so in school in all its calendar months: a school-wide month reads a few
 * hundred histories, not thousands.
 */
export function expectedInRange(db: Db, user: SessionUser, from: string, to: string, calendar: readonly number[], filter: StudentFilter = {}) {
  const rows = db
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
      statusDate: students.statusDate,
    })
    .from(students)
    .innerJoin(projects, eq(projects.id, students.projectId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
    .where(candidates(user, from, filter))
    .orderBy(sql`${classes.name} IS NULL`, asc(classes.name), asc(students.namePinyin), asc(students.id))
    .all();
  const start = `${from}-01`;
  const changed = db.select({ id: students.id }).from(students).where(and(candidates(user, from, filter), gte(students.statusDate, start)));
  const steps = statusSteps(db, changed);
  const throughout = schoolMonths([{ toStatus: 'enrolled', date: start }], calendar, from, to);
  const res = [];
  for (const r of rows) {
    const months = r.statusDate < start ? throughout : schoolMonths(steps.get(r.studentId) ?? [], calendar, from, to);
    if (months.length) res.push(listed(r, { projectId: r.projectId, projectName: r.projectName, months }));
  }
  return res;
}

/** The students expected to have a check-in in `month`, by class then pinyin, with the names a list shows. */
export function expectedStudents(db: Db, user: SessionUser, month: string, calendar: readonly number[], filter: StudentFilter = {}) {
  return expectedInRange(db, user, month, month, calendar, filter).map((r) => listed(r, {}));
}

/** Why a student is not expected in `month` (a break, not enrolled yet, on leave, gone), said at the month field. */
export function notInSchoolProblem(steps: readonly StatusStep[], calendar: readonly number[], month: string): FieldProblem | null {
  if (inSchool(steps, calendar, month)) return null;
  const problem = (key: FieldProblem['key'], params = {}): FieldProblem => ({ field: 'month', key, params: { month, ...params } });
  if (!calendar.includes(Number(month.slice(5)))) return problem('checkin_school_break');
  const last = steps.filter((s) => monthOf(s.date) <= month).at(-1);
  if (!last) return problem('checkin_before_enrolment');
  if (last.toStatus === 'suspended') return problem('checkin_on_leave');
  return problem('checkin_left', { status: { label: 'status', code: last.toStatus } });
}
