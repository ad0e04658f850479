import { and, asc, desc, eq, gte, inArray, min } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { checkins, classes, students, users, warningReviews } from '../../../db/schema';
import type { Risk } from '../../contract/checkins';
import { addMonths, schoolMonths } from '../../contract/schoolMonths';
import type { CheckinPoint, Warning, WarningReason } from '../../contract/warnings';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { counsellors, scopeFor } from '../students/queries';
import { statusSteps } from './expected';
import { currentMonth } from './months';
import { warningReasons } from './warningRules';

/** The reasons as one text: a review covers exactly these; a new month or rule is not covered. */
export const reasonsKey = (reasons: WarningReason[]) => reasons.map((r) => `${r.rule}:${r.months.join(',')}`).join(';');

const reviewers = alias(users, 'reviewer');

/**
 * The scan: the caller's students in school now, their check-ins of the last twelve months (the
 * failing-courses rule compares with the term before) and the months they were expected, in four
 * queries whatever the school's size; then the rules, in memory.
 */
export const warningsHandlers: Handlers<'checkins.warnings' | 'checkins.reviewWarning'> = {
  'checkins.warnings': (_input, { db, user, now }) => {
    const month = currentMonth(now());
    const settings = readSettings(db);
    const inSchool = and(scopeFor(user), eq(students.status, 'enrolled'));
    const people = db
      .select({ studentId: students.id, name: students.name, className: classes.name, counsellorName: counsellors.displayName })
      .from(students)
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(counsellors, eq(counsellors.id, students.counsellorId))
      .where(inSchool)
      .orderBy(asc(classes.name), asc(students.namePinyin))
      .all();
    const ids = db.select({ id: students.id }).from(students).where(inSchool);
    const points = new Map<number, CheckinPoint[]>();
    for (const c of db
      .select({
        studentId: checkins.studentId,
        month: checkins.month,
        risk: checkins.risk,
        attendancePct: checkins.attendancePct,
        failingCourses: checkins.failingCourses,
        moneyTrouble: checkins.moneyTrouble,
        familyEvent: checkins.familyEvent,
      })
      .from(checkins)
      .where(and(inArray(checkins.studentId, ids), gte(checkins.month, addMonths(month, -12))))
      .orderBy(asc(checkins.studentId), asc(checkins.month))
      .all()) {
      const list = points.get(c.studentId) ?? [];
      points.set(c.studentId, list);
      list.push({ ...c, risk: c.risk as Risk });
    }
    const steps = statusSteps(db, ids);
    const reviews = new Map<number, Warning['review'] & { key: string }>();
    for (const r of db
      .select({ studentId: warningReviews.studentId, key: warningReviews.reasonsKey, note: warningReviews.note, by: reviewers.displayName, at: warningReviews.reviewedAt })
      .from(warningReviews)
      .leftJoin(reviewers, eq(reviewers.id, warningReviews.reviewedBy))
      .where(inArray(warningReviews.studentId, ids))
      .orderBy(desc(warningReviews.reviewedAt), desc(warningReviews.id))
      .all())
      if (!reviews.has(r.studentId)) reviews.set(r.studentId, r);

    // Months already over: this month's check-in may still come. None is missed before the school
    // began logging check-ins at all (a school that starts using the app is not flagged wholesale).
    const lastMonth = addMonths(month, -1);
    const since = db.select({ first: min(checkins.month) }).from(checkins).get()?.first ?? null;
    const from = since && since > addMonths(month, -6) ? since : addMonths(month, -6);
    const flagged: Warning[] = [];
    for (const p of people) {
      const expected = since ? schoolMonths(steps.get(p.studentId) ?? [], settings.inSchoolMonths, from, lastMonth) : [];
      const reasons = warningReasons(points.get(p.studentId) ?? [], expected, settings.warningThresholds);
      if (!reasons.length) continue;
      const key = reasonsKey(reasons);
      const review = reviews.get(p.studentId);
      flagged.push({ ...p, reasons, reasonsKey: key, review: review?.key === key ? { note: review.note, by: review.by, at: review.at } : null });
    }
    return flagged.sort((a, b) => Number(a.review !== null) - Number(b.review !== null) || b.reasons.length - a.reasons.length);
  },

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
