import { and, between, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { checkins } from '../../../db/schema';
import { COVERAGE_MAX_MONTHS, figures, type Coverage, type CoverageGroup, type Overdue } from '../../contract/coverage';
import type { FieldProblem } from '../../contract/problems';
import { academicYearOf, addMonths, monthsBetween } from '../../contract/schoolMonths';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { statementCache } from '../prepared';
import { candidateIds, expectedMonths, listed, named, reachOf, type Reach } from './expected';
import { currentMonth } from './months';

/** What is wrong with a range of months, at the field to change: a month to come, the wrong order, too long. */
export function rangeProblem(from: string, to: string, now: Date): FieldProblem | null {
  if (to > currentMonth(now)) return { field: 'to', key: 'checkin_month_future', params: { month: to } };
  if (from > to) return { field: 'from', key: 'checkin_range_order', params: { from, to } };
  if (monthsBetween(from, to).length > COVERAGE_MAX_MONTHS) return { field: 'from', key: 'checkin_range_too_long', params: { max: COVERAGE_MAX_MONTHS } };
  return null;
}

/**
 * Which months of a range a reach's students have a check-in for, one row per student ('2026-09,2026-10'):
 * a row per check-in, keyed by student and month, took half as long again to read and look up.
 */
function prepareChecked(db: Db, { shape }: Reach) {
  return db
    .select({ studentId: checkins.studentId, months: sql<string>`group_concat(${checkins.month})` })
    .from(checkins)
    .where(and(between(checkins.month, sql.placeholder('from'), sql.placeholder('to')), inArray(checkins.studentId, candidateIds(db, shape))))
    .groupBy(checkins.studentId)
    .prepare();
}
const preparedChecked = statementCache<ReturnType<typeof prepareChecked>>();

/** The months of [from, to] each student of the caller's reach was expected, and whether one has a check-in (ids only). */
export function checkedMonths(db: Db, user: SessionUser, from: string, to: string) {
  const reach = reachOf(user, from);
  const expected = expectedMonths(db, reach, to, readSettings(db).inSchoolMonths);
  const done = new Map<number, Set<string>>();
  for (const r of preparedChecked(db, reach.key, () => prepareChecked(db, reach)).all({ ...reach.params, from, to })) done.set(r.studentId, new Set(r.months.split(',')));
  return { expected, isDone: (studentId: number, month: string) => done.get(studentId)?.has(month) ?? false };
}

/**
 * The students of the caller's reach expected in [from, to], by class then pinyin, with the
 * months of it they have a check-in for: four queries whatever the range (candidates, status
 * histories, check-ins, names).
 */
export function rangeRecord(db: Db, user: SessionUser, from: string, to: string) {
  const { expected, isDone } = checkedMonths(db, user, from, to);
  return named(db, expected.keys()).map((r) => {
    const months = expected.get(r.studentId)!;
    return listed(r, { projectId: r.projectId, projectName: r.projectName, months, checked: months.filter((m) => isDone(r.studentId, m)) });
  });
}

/** Counts per key (a counsellor, a class), in the order first met (the students come by class, then name). */
function groupFigures<S>(rows: readonly S[], key: (s: S) => { id: number | null; name: string | null }, isChecked: (s: S) => boolean): CoverageGroup[] {
  const groups = new Map<number | null, { id: number | null; name: string | null; expected: number; checked: number }>();
  for (const s of rows) {
    const { id, name } = key(s);
    const group = groups.get(id) ?? { id, name, expected: 0, checked: 0 };
    groups.set(id, group);
    group.expected += 1;
    if (isChecked(s)) group.checked += 1;
  }
  return [...groups.values()].map((g) => ({ id: g.id, name: g.name, ...figures(g.expected, g.checked) }));
}

/** 覆盖情况: per month of the range, who was expected and who has a check-in; the last month per counsellor and class. */
export function coverage(db: Db, user: SessionUser, from: string, to: string, now: Date): Coverage {
  const problem = rangeProblem(from, to, now);
  if (problem) throw new AppError('invalid_input', {}, [problem]);
  const students = rangeRecord(db, user, from, to);
  const expected = new Map<string, number>();
  const checked = new Map<string, number>();
  const count = (counts: Map<string, number>, months: readonly string[]) => months.forEach((m) => counts.set(m, (counts.get(m) ?? 0) + 1));
  for (const s of students) {
    count(expected, s.months);
    count(checked, s.checked);
  }
  const months = monthsBetween(from, to).map((month) => ({ month, ...figures(expected.get(month) ?? 0, checked.get(month) ?? 0) }));
  const last = students.filter((s) => s.months.at(-1) === to);
  const isChecked = (s: (typeof last)[number]) => s.checked.at(-1) === to;
  const byCounsellor = groupFigures(last, (s) => ({ id: s.counsellorId, name: s.counsellorName }), isChecked);
  return {
    from,
    to,
    months,
    byCounsellor: byCounsellor.sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'zh-CN'))),
    byClass: groupFigures(last, (s) => ({ id: s.classId, name: s.className }), isChecked),
  };
}

/** The school year so far: from 1 September (this year's or last) to the month before this one. */
export function defaultOverdueRange(now: Date): { from: string; to: string } {
  const month = currentMonth(now);
  const year = academicYearOf(month);
  return { from: `${year}-09`, to: addMonths(month, -1) };
}

/** Students with months over (before this one) that are expected and have no check-in, each with those months, oldest first. */
export function overdue(db: Db, user: SessionUser, input: { from: string | null; to: string | null }, now: Date): Overdue {
  const range = defaultOverdueRange(now);
  const from = input.from ?? range.from;
  const to = input.to ?? range.to;
  // In September the school year has no month over yet.
  if (input.from === null && input.to === null && from > to) return { from, to, rows: [] };
  const problem = rangeProblem(from, to, now);
  if (problem) throw new AppError('invalid_input', {}, [problem]);
  // This month is not over: what is missing in it is still open, not overdue.
  const over = addMonths(currentMonth(now), -1);
  const last = to < over ? to : over;
  if (from > last) return { from, to, rows: [] };
  const { expected, isDone } = checkedMonths(db, user, from, last);
  const missing = new Map<number, string[]>();
  for (const [studentId, months] of expected) {
    const left = months.filter((m) => !isDone(studentId, m));
    if (left.length) missing.set(studentId, left);
  }
  // Only those with a month missing are named.
  return { from, to, rows: named(db, missing.keys()).map((r) => ({ ...r, missing: missing.get(r.studentId)! })) };
}
