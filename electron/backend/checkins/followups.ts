import { and, asc, desc, eq, gte, isNull, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { checkins, classes, students } from '../../../db/schema';
import type { Risk } from '../../contract/checkins';
import { chinaToday } from '../../contract/dates';
import { FOLLOW_UPS_DONE_DAYS, FOLLOW_UPS_MAX, type FollowUp, type TimelineCheckin } from '../../contract/followups';
import type { HandlerFn, Handlers, SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { updateVersioned } from '../rpc/versioned';
import { getStudent, scopeFor } from '../students/queries';
import { authors, findCheckins, followUpDoers } from './record';

const DAY_MS = 86_400_000;

/** Still to do and due before today: a follow-up due today is not late yet. */
const isOverdue = (row: { followUpDoneAt: string | null; followUpDue: string | null }, today: string) =>
  row.followUpDoneAt === null && row.followUpDue !== null && row.followUpDue < today;

/** Follow-ups of the students the caller reaches (their current counsellor's, whoever logged them). */
function followUpRows(db: Db, user: SessionUser, where: SQL | undefined, order: SQL[], limit: number) {
  return db
    .select({
      checkinId: checkins.id,
      version: checkins.version,
      studentId: checkins.studentId,
      studentName: students.name,
      className: classes.name,
      month: checkins.month,
      risk: checkins.risk,
      followUp: checkins.followUp,
      followUpDue: checkins.followUpDue,
      authorName: authors.displayName,
      followUpDoneAt: checkins.followUpDoneAt,
      followUpDoneByName: followUpDoers.displayName,
      followUpOutcome: checkins.followUpOutcome,
    })
    .from(checkins)
    .innerJoin(students, eq(students.id, checkins.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(authors, eq(authors.id, checkins.authorId))
    .leftJoin(followUpDoers, eq(followUpDoers.id, checkins.followUpDoneBy))
    .where(and(ne(checkins.followUp, ''), where, scopeFor(user)))
    .orderBy(...order)
    .limit(limit)
    .all();
}

const toFollowUp = (row: ReturnType<typeof followUpRows>[number], today: string): FollowUp => ({
  ...row,
  risk: row.risk as Risk,
  overdue: isOverdue(row, today),
});

/**
 * 跟进事项: the open ones soonest due first, those with no due date last; or, asked for the done
 * ones, those done in the last 90 days, latest first.
 */
export const listFollowUps: HandlerFn<'checkins.followups'> = ({ done }, { db, user, now }) => {
  const at = now();
  const today = chinaToday(at);
  const since = new Date(at.getTime() - FOLLOW_UPS_DONE_DAYS * DAY_MS).toISOString();
  const [where, order] = done
    ? [gte(checkins.followUpDoneAt, since), [desc(checkins.followUpDoneAt), desc(checkins.id)]]
    : [isNull(checkins.followUpDoneAt), [sql`${checkins.followUpDue} IS NULL`, asc(checkins.followUpDue), asc(checkins.month), asc(students.namePinyin), asc(checkins.id)]];
  // One more than listed says whether there are more.
  const rows = followUpRows(db, user, where, order, FOLLOW_UPS_MAX + 1);
  return { rows: rows.slice(0, FOLLOW_UPS_MAX).map((r) => toFollowUp(r, today)), more: rows.length > FOLLOW_UPS_MAX };
};

/**
 * 完成: who and when are the caller and the server's clock, not what the page sends. A follow-up
 * done already (by someone else meanwhile) is refused naming who did it; a check-in changed
 * since it was read is refused as any stale save is.
 */
export const completeFollowUp: HandlerFn<'checkins.completeFollowUp'> = ({ checkinId, version, outcome }, ctx) => {
  const { db, user, locale } = ctx;
  const now = ctx.now();
  const [found] = findCheckins(db, user, eq(checkins.id, checkinId));
  if (!found) throw new AppError('not_found');
  const { row } = found;
  if (!row.followUp) throw AppError.field('checkinId', 'checkin_no_follow_up');
  if (row.followUpDoneAt !== null)
    throw AppError.field('checkinId', 'checkin_follow_up_done', { user: found.followUpDoneByName ?? '?', date: chinaToday(new Date(row.followUpDoneAt)) });
  updateVersioned(db, checkins, 'checkin', row.id, version, { followUpDoneAt: now.toISOString(), followUpDoneBy: user.id, followUpOutcome: outcome }, now, locale);
  ctx.audit({ action: 'follow_up_done', entity: 'checkin', entityId: row.id, after: { followUp: row.followUp, outcome } });
  const [done] = followUpRows(db, user, eq(checkins.id, row.id), [], 1);
  return toFollowUp(done, chinaToday(now));
};

/** 月度监测 on a student's page: every check-in of theirs, newest first. */
export const studentCheckins: HandlerFn<'checkins.ofStudent'> = ({ studentId }, { db, user, now }) => {
  getStudent(db, user, studentId);
  const today = chinaToday(now());
  return db
    .select({
      id: checkins.id,
      month: checkins.month,
      date: checkins.date,
      method: checkins.method,
      risk: checkins.risk,
      attendancePct: checkins.attendancePct,
      help: checkins.help,
      helpOther: checkins.helpOther,
      followUp: checkins.followUp,
      followUpDue: checkins.followUpDue,
      followUpDoneAt: checkins.followUpDoneAt,
      followUpDoneByName: followUpDoers.displayName,
      followUpOutcome: checkins.followUpOutcome,
      authorName: authors.displayName,
    })
    .from(checkins)
    .leftJoin(authors, eq(authors.id, checkins.authorId))
    .leftJoin(followUpDoers, eq(followUpDoers.id, checkins.followUpDoneBy))
    .where(eq(checkins.studentId, studentId))
    .orderBy(desc(checkins.month))
    .all()
    .map((r) => ({
      ...r,
      method: r.method as TimelineCheckin['method'],
      risk: r.risk as Risk,
      help: JSON.parse(r.help) as TimelineCheckin['help'],
      overdue: r.followUp !== '' && isOverdue(r, today),
    }));
};

export const followUpsHandlers: Handlers<'checkins.followups' | 'checkins.completeFollowUp' | 'checkins.ofStudent'> = {
  'checkins.followups': listFollowUps,
  'checkins.completeFollowUp': completeFollowUp,
  'checkins.ofStudent': studentCheckins,
};
