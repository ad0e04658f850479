import { and, asc, desc, eq, gte, inArray, min, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { checkins, classes, students, studentStatusEvents, users, warningReviews } from '../../../db/schema';
import type { Risk } from '../../contract/checkins';
import { addMonths, schoolMonths } from '../../contract/schoolMonths';
import type { CheckinPoint, Warning, WarningReason } from '../../contract/warnings';
import { reachesOwnStudentsOnly } from '../access';
import { statementCache } from '../prepared';
import type { Handlers, SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { counsellors, scopeFor } from '../students/queries';
import { stepsByStudent, stepsOf } from './expected';
import { currentMonth } from './months';
import { previousTermStart, warningReasons } from './warningRules';

/** The reasons as one text: a review covers exactly these; a new month or rule is not covered. */
export const reasonsKey = (reasons: WarningReason[]) => reasons.map((r) => `${r.rule}:${r.months.join(',')}`).join(';');

const reviewers = alias(users, 'reviewer');

/** How far back it looks for missed months (the rule reads the last three expected). */
const MISSED_MONTHS = 6;

/** The scan's queries for a reach (the whole school, or a counsellor's own students), prepared once. */
function prepareScan(db: Db, scoped: boolean) {
  const p = sql.placeholder;
  const inSchool = and(scoped ? eq(students.counsellorId, p('scope')) : undefined, eq(students.status, 'enrolled'));
  const ids = db.select({ id: students.id }).from(students).where(inSchool);
  const changed = db.select({ id: students.id }).from(students).where(and(inSchool, gte(students.statusDate, p('missedFrom'))));
  const point = sql.join([checkins.month, checkins.risk, checkins.attendancePct, checkins.failingCourses, checkins.moneyTrouble, checkins.familyEvent], sql`, `);
  return {
    inSchool: db.select({ studentId: students.id, statusDate: students.statusDate }).from(students).where(inSchool).prepare(),
    // A student's months as one JSON array: fifty thousand rows made into objects one by one cost four times as much.
    points: db
      .select({ studentId: checkins.studentId, points: sql<string>`json_group_array(json_array(${point}) ORDER BY ${checkins.month})` })
      .from(checkins)
      .where(and(gte(checkins.month, p('pointsFrom')), inArray(checkins.studentId, ids)))
      .groupBy(checkins.studentId)
      .prepare(),
    steps: stepsOf(db, inArray(studentStatusEvents.studentId, changed)).prepare(),
    reviews: db
      .select({ studentId: warningReviews.studentId, key: warningReviews.reasonsKey, note: warningReviews.note, by: reviewers.displayName, at: warningReviews.reviewedAt })
      .from(warningReviews)
      .leftJoin(reviewers, eq(reviewers.id, warningReviews.reviewedBy))
      .where(inArray(warningReviews.studentId, ids))
      .orderBy(desc(warningReviews.reviewedAt), desc(warningReviews.id))
      .prepare(),
    since: db.select({ first: min(checkins.month) }).from(checkins).prepare(),
    // Names only for those flagged, in the order lists show.
    people: db
      .select({ studentId: students.id, name: students.name, className: classes.name, counsellorName: counsellors.displayName })
      .from(students)
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
      .where(sql`${students.id} IN (SELECT value FROM json_each(${p('flagged')}))`)
      .orderBy(asc(classes.name), asc(students.namePinyin))
      .prepare(),
  };
}
const preparedScans = statementCache<ReturnType<typeof prepareScan>>();

type PointTuple = [string, Risk, number | null, number, number, string];

/**
 * The scan: the caller's students in school now, their check-ins of this term and the one before
 * (the failing-courses rule compares the two; the others read the last three) and
 * the months they were expected, in a few prepared queries whatever the school's size; then the
 * rules, in memory; then the names of those flagged.
 */
export function scanWarnings(db: Db, user: SessionUser, now: Date): Warning[] {
  const month = currentMonth(now);
  const settings = readSettings(db);
  const scoped = reachesOwnStudentsOnly(user);
  const q = preparedScans(db, String(scoped), () => prepareScan(db, scoped));
  // Months already over: this month's check-in may still come. None is missed before the school
  // began logging check-ins at all (a school that starts using the app is not flagged wholesale).
  const lastMonth = addMonths(month, -1);
  const since = q.since.get()?.first ?? null;
  const from = since && since > addMonths(month, -MISSED_MONTHS) ? since : addMonths(month, -MISSED_MONTHS);
  const params = { scope: user.id, pointsFrom: previousTermStart(month), missedFrom: `${from}-01` };

  const points = new Map<number, CheckinPoint[]>();
  for (const r of q.points.all(params)) {
    const tuples = JSON.parse(r.points) as PointTuple[];
    points.set(
      r.studentId,
      tuples.map(([month, risk, attendancePct, failingCourses, money, familyEvent]) => ({ month, risk, attendancePct, failingCourses, moneyTrouble: money === 1, familyEvent })),
    );
  }
  // Only those whose status changed since the window began need their history: the others were in school throughout it.
  const steps = stepsByStudent(q.steps.all(params));
  const throughout = since ? schoolMonths([{ toStatus: 'enrolled', date: params.missedFrom }], settings.inSchoolMonths, from, lastMonth) : [];
  const found = new Map<number, WarningReason[]>();
  for (const s of q.inSchool.all(params)) {
    const expected = !since ? [] : s.statusDate < params.missedFrom ? throughout : schoolMonths(steps.get(s.studentId) ?? [], settings.inSchoolMonths, from, lastMonth);
    const reasons = warningReasons(points.get(s.studentId) ?? [], expected, settings.warningThresholds);
    if (reasons.length) found.set(s.studentId, reasons);
  }
  if (found.size === 0) return [];

  const reviews = new Map<number, Warning['review'] & { key: string }>();
  for (const r of q.reviews.all(params)) if (!reviews.has(r.studentId)) reviews.set(r.studentId, r);
  const flagged = q.people.all({ flagged: JSON.stringify([...found.keys()]) }).map((p): Warning => {
    const reasons = found.get(p.studentId)!;
    const key = reasonsKey(reasons);
    const review = reviews.get(p.studentId);
    return { ...p, reasons, reasonsKey: key, review: review?.key === key ? { note: review.note, by: review.by, at: review.at } : null };
  });
  return flagged.sort((a, b) => Number(a.review !== null) - Number(b.review !== null) || b.reasons.length - a.reasons.length);
}

export const warningsHandlers: Handlers<'checkins.warnings' | 'checkins.reviewWarning'> = {
  'checkins.warnings': (_input, { db, user, now }) => scanWarnings(db, user, now()),

  'checkins.reviewWarning': ({ studentId, reasonsKey: key, note }, ctx) => {
    const { db, user } = ctx;
    const student = db.select({ id: students.id }).from(students).where(and(eq(students.id, studentId), scopeFor(user))).get();
    if (!student) throw new AppError('not_found');
    const row = { studentId, reasonsKey: key, note, reviewedBy: user.id, reviewedAt: ctx.now().toISOString() };
    db.insert(warningReviews).values(row).run();
    ctx.audit({ action: 'review_warning', entity: 'student', entityId: studentId, after: { note, reasons: key } });
    return { ok: true };
  },
};
