import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { students, studentStatusEvents } from '../../../db/schema';
import { chinaToday } from '../../contract/dates';
import { TRANSITIONS, type StatusEvent, type Student, type StudentStatus } from '../../contract/students';
import type { AuthedCtx, HandlerFn } from '../rpc/context';
import { AppError, type FieldProblem } from '../rpc/errors';
import { conflictError, updateVersioned } from '../rpc/versioned';
import { getStudent } from './queries';

type EventRow = typeof studentStatusEvents.$inferSelect;

/** The student as read for a change, refused as a conflict if someone saved since the caller read it. */
function readForChange(ctx: AuthedCtx, id: number, version: number): Student {
  const student = getStudent(ctx.db, ctx.user, id);
  if (student.version !== version) throw conflictError(ctx.db, 'student', id, ctx.locale);
  return student;
}

/** Why a student who is `from` cannot be given `event` (the transition table has no such step). */
export const transitionRefusal = (from: StudentStatus, event: StatusEvent) =>
  new AppError('invalid_transition', { from: { label: 'status', code: from }, event: { label: 'event', code: event } });

function transition(from: StudentStatus, event: StatusEvent): StudentStatus {
  const to = TRANSITIONS[from][event];
  if (!to) throw transitionRefusal(from, event);
  return to;
}

/**
 * A status event happened on a day that has come (China time: the office's today) and not before
 * the event in effect before it: a history out of order would make "status on date X" ambiguous.
 */
export function statusDateProblem(date: string, notBefore: string, now: Date): FieldProblem | null {
  const today = chinaToday(now);
  if (date > today) return { field: 'date', key: 'status_date_future', params: { today } };
  if (date < notBefore) return { field: 'date', key: 'status_date_order', params: { date: notBefore } };
  return null;
}

function checkDate(date: string, notBefore: string, now: Date): void {
  const problem = statusDateProblem(date, notBefore, now);
  if (problem) throw new AppError('invalid_input', {}, [problem]);
}

/** Events still in effect, latest first (withdrawn ones stay in the table, marked). */
function effectiveEvents(db: Db, studentId: number): EventRow[] {
  return db
    .select()
    .from(studentStatusEvents)
    .where(and(eq(studentStatusEvents.studentId, studentId), isNull(studentStatusEvents.voidedAt)))
    .orderBy(desc(studentStatusEvents.date), desc(studentStatusEvents.id))
    .all();
}

/**
 * The event to withdraw, which must be the latest in effect and not the 入学 that starts the
 * history, and the one before it, whose status the student returns to. Only the latest: undoing
 * an earlier one would leave later events that started from a status the student never had.
 */
function latestAndPrevious(db: Db, studentId: number, eventId: number): { latest: EventRow; previous: EventRow } {
  const [latest, previous] = effectiveEvents(db, studentId);
  if (!latest || latest.id !== eventId) throw AppError.field('eventId', 'status_not_latest');
  if (!previous) throw AppError.field('eventId', 'status_void_enrol');
  return { latest, previous };
}

function markVoided(ctx: AuthedCtx, eventId: number, voidReason: string): void {
  ctx.db
    .update(studentStatusEvents)
    .set({ voidedAt: ctx.now().toISOString(), voidedBy: ctx.user.id, voidReason })
    .where(eq(studentStatusEvents.id, eventId))
    .run();
}

interface NewEvent {
  studentId: number;
  event: StatusEvent;
  from: StudentStatus;
  to: StudentStatus;
  date: string;
  reason: string;
  correctsId?: number;
}

function insertEvent(ctx: AuthedCtx, e: NewEvent): void {
  ctx.db
    .insert(studentStatusEvents)
    .values({
      studentId: e.studentId,
      event: e.event,
      fromStatus: e.from,
      toStatus: e.to,
      date: e.date,
      reason: e.reason,
      correctsId: e.correctsId ?? null,
      userId: ctx.user.id,
      createdAt: ctx.now().toISOString(),
    })
    .run();
}

function moveStudent(ctx: AuthedCtx, id: number, version: number, status: StudentStatus, statusDate: string): void {
  updateVersioned(ctx.db, students, 'student', id, version, { status, statusDate }, ctx.now(), ctx.locale);
}

/** What the audit log shows of an event: the keys the audit page names (事项, 日期, 原因, 学籍状态). */
const described = (e: EventRow, status: StudentStatus) => ({ event: e.event, date: e.date, reason: e.reason, status });

export const changeStatus: HandlerFn<'students.changeStatus'> = ({ id, version, event, date, reason }, ctx) => {
  const before = readForChange(ctx, id, version);
  const to = transition(before.status, event);
  checkDate(date, before.statusDate, ctx.now());
  moveStudent(ctx, id, version, to, date);
  insertEvent(ctx, { studentId: id, event, from: before.status, to, date, reason });
  ctx.audit({ action: 'status', entity: 'student', entityId: id, before: { status: before.status }, after: { status: to, date, reason } });
  return getStudent(ctx.db, ctx.user, id);
};

export const voidStatus: HandlerFn<'students.voidStatus'> = ({ id, version, eventId, voidReason }, ctx) => {
  const before = readForChange(ctx, id, version);
  const { latest, previous } = latestAndPrevious(ctx.db, id, eventId);
  moveStudent(ctx, id, version, previous.toStatus as StudentStatus, previous.date);
  markVoided(ctx, latest.id, voidReason);
  ctx.audit({
    action: 'status_void',
    entity: 'student',
    entityId: id,
    before: described(latest, before.status),
    after: { status: previous.toStatus, voidReason },
  });
  return getStudent(ctx.db, ctx.user, id);
};

export const correctStatus: HandlerFn<'students.correctStatus'> = ({ id, version, eventId, voidReason, event, date, reason }, ctx) => {
  const before = readForChange(ctx, id, version);
  const { latest, previous } = latestAndPrevious(ctx.db, id, eventId);
  const from = previous.toStatus as StudentStatus;
  const to = transition(from, event);
  checkDate(date, previous.date, ctx.now());
  moveStudent(ctx, id, version, to, date);
  markVoided(ctx, latest.id, voidReason);
  insertEvent(ctx, { studentId: id, event, from, to, date, reason, correctsId: latest.id });
  ctx.audit({
    action: 'status_correct',
    entity: 'student',
    entityId: id,
    before: described(latest, before.status),
    after: { event, date, reason, status: to, voidReason },
  });
  return getStudent(ctx.db, ctx.user, id);
};
