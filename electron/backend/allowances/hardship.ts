import { and, desc, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { allowanceBatches, allowanceLines, allowancePolicies, checkins, classes, hardshipRequests, students, users } from '../../../db/schema';
import type { BatchStatus } from '../../contract/allowanceBatches';
import type { AskingCheckin, HardshipRequest, HardshipStatus } from '../../contract/hardship';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { conflictError, mustFind } from '../rpc/versioned';
import { chinaToday } from '../../contract/dates';

/** How far back the office's to-do of check-ins asking for help reaches. */
const ASKING_MONTHS = 6;

function selectRequests(db: Db, where: SQL | undefined): HardshipRequest[] {
  const requester = alias(users, 'requester');
  const decider = alias(users, 'decider');
  return db
    .select({
      id: hardshipRequests.id,
      studentId: hardshipRequests.studentId,
      studentName: students.name,
      className: classes.name,
      policyId: hardshipRequests.policyId,
      policyName: allowancePolicies.name,
      amountFen: hardshipRequests.amountFen,
      reason: hardshipRequests.reason,
      checkinId: hardshipRequests.checkinId,
      checkinMonth: checkins.month,
      status: sql<HardshipStatus>`${hardshipRequests.status}`,
      requestedBy: hardshipRequests.requestedBy,
      requestedByName: requester.displayName,
      createdAt: hardshipRequests.createdAt,
      decidedByName: decider.displayName,
      decidedAt: hardshipRequests.decidedAt,
      decisionNote: hardshipRequests.decisionNote,
      batchId: allowanceBatches.id,
      batchNo: allowanceBatches.batchNo,
      batchStatus: sql<BatchStatus | null>`${allowanceBatches.status}`,
      version: hardshipRequests.version,
    })
    .from(hardshipRequests)
    .innerJoin(students, eq(students.id, hardshipRequests.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .innerJoin(allowancePolicies, eq(allowancePolicies.id, hardshipRequests.policyId))
    .leftJoin(checkins, eq(checkins.id, hardshipRequests.checkinId))
    .leftJoin(requester, eq(requester.id, hardshipRequests.requestedBy))
    .leftJoin(decider, eq(decider.id, hardshipRequests.decidedBy))
    .leftJoin(allowanceLines, eq(allowanceLines.id, hardshipRequests.lineId))
    .leftJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
    .where(where)
    .orderBy(desc(hardshipRequests.id))
    .all()
    .map(({ batchId, batchNo, batchStatus, ...r }) => ({ ...r, batch: batchId ? { id: batchId, batchNo: batchNo!, status: batchStatus! } : null }));
}

const oneRequest = (db: Db, id: number) => mustFind(selectRequests(db, eq(hardshipRequests.id, id))[0]);

/** Approved requests of a policy not yet in a batch: who a batch of a policy for chosen students pays, and how much. */
export const unpaidApproved = (policyId: number): SQL =>
  and(eq(hardshipRequests.policyId, policyId), eq(hardshipRequests.status, 'approved'), isNull(hardshipRequests.lineId))!;

/** The requests a batch's new lines pay, each tied to its student's line (a draft line removed later lets go of it). */
export function linkRequests(db: Db, batchId: number, requestIds: number[]): void {
  if (requestIds.length === 0) return;
  db.update(hardshipRequests)
    .set({
      lineId: sql`(SELECT l.id FROM allowance_lines l WHERE l.batch_id = ${batchId} AND l.student_id = ${hardshipRequests.studentId} AND l.reverses_line_id IS NULL)`,
    })
    .where(inArray(hardshipRequests.id, requestIds))
    .run();
}

export const hardshipHandlers: Handlers<'hardship.list' | 'hardship.asking' | 'hardship.request' | 'hardship.decide'> = {
  'hardship.list': ({ status, studentId }, { db }) =>
    selectRequests(db, and(status ? eq(hardshipRequests.status, status) : undefined, studentId ? eq(hardshipRequests.studentId, studentId) : undefined)),

  'hardship.asking': (_, { db, now }) => {
    const since = chinaToday(now()).slice(0, 7);
    const [y, m] = since.split('-').map(Number);
    const from = new Date(Date.UTC(y, m - 1 - ASKING_MONTHS, 1)).toISOString().slice(0, 7);
    const counsellor = alias(users, 'counsellor');
    return db
      .select({
        checkinId: checkins.id,
        studentId: checkins.studentId,
        studentName: students.name,
        className: classes.name,
        month: checkins.month,
        counsellorName: counsellor.displayName,
        notes: checkins.notes,
      })
      .from(checkins)
      .innerJoin(students, eq(students.id, checkins.studentId))
      .leftJoin(classes, eq(classes.id, students.classId))
      .leftJoin(counsellor, eq(counsellor.id, checkins.authorId))
      .where(
        and(
          sql`${checkins.month} BETWEEN ${from} AND ${since}`,
          sql`EXISTS (SELECT 1 FROM json_each(${checkins.help}) WHERE value = 'hardship_request')`,
          sql`NOT EXISTS (SELECT 1 FROM hardship_requests r WHERE r.checkin_id = ${checkins.id})`,
        ),
      )
      .orderBy(desc(checkins.month), students.namePinyin)
      .all() satisfies AskingCheckin[];
  },

  'hardship.request': ({ studentId, policyId, amountFen, reason, checkinId }, ctx) => {
    const student = mustFind(ctx.db.select({ name: students.name }).from(students).where(eq(students.id, studentId)).get());
    const policy = mustFind(ctx.db.select().from(allowancePolicies).where(eq(allowancePolicies.id, policyId)).get());
    if (policy.kind !== 'cash' || policy.eligibility !== 'chosen' || !policy.active) throw AppError.field('policyId', 'hardship_policy', { policy: policy.name });
    const open = ctx.db
      .select({ status: hardshipRequests.status })
      .from(hardshipRequests)
      .leftJoin(allowanceLines, eq(allowanceLines.id, hardshipRequests.lineId))
      .leftJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
      .where(
        and(
          eq(hardshipRequests.studentId, studentId),
          eq(hardshipRequests.policyId, policyId),
          or(eq(hardshipRequests.status, 'pending'), and(eq(hardshipRequests.status, 'approved'), sql`coalesce(${allowanceBatches.status}, '') <> 'paid'`)),
        ),
      )
      .get();
    if (open) throw AppError.field('studentId', 'hardship_open', { name: student.name, policy: policy.name, status: { label: 'hardshipStatus', code: open.status } });
    if (checkinId !== null) {
      const checkin = ctx.db.select({ studentId: checkins.studentId }).from(checkins).where(eq(checkins.id, checkinId)).get();
      if (checkin?.studentId !== studentId) throw AppError.field('checkinId', 'hardship_checkin_other');
    }
    const ts = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(hardshipRequests)
      .values({ studentId, policyId, amountFen, reason, checkinId, requestedBy: ctx.user.id, createdAt: ts, updatedAt: ts })
      .returning({ id: hardshipRequests.id })
      .get();
    ctx.audit({ action: 'create', entity: 'hardship_request', entityId: id, after: { studentId, policyId, amountFen, reason, checkinId } });
    return oneRequest(ctx.db, id);
  },

  'hardship.decide': ({ id, version, approve, note }, ctx) => {
    const request = oneRequest(ctx.db, id);
    if (request.version !== version) throw conflictError(ctx.db, 'hardship_request', id, ctx.locale);
    if (request.status !== 'pending') {
      throw new AppError('hardship_decided', { status: { label: 'hardshipStatus', code: request.status }, name: request.decidedByName ?? '?', date: chinaToday(new Date(request.decidedAt!)) });
    }
    if (request.requestedBy === ctx.user.id) throw new AppError('same_requester', { name: ctx.user.displayName });
    if (!approve && !note) throw AppError.field('note', 'hardship_reject_note');
    const status = approve ? 'approved' : 'rejected';
    const ts = ctx.now().toISOString();
    ctx.db
      .update(hardshipRequests)
      .set({ status, decidedBy: ctx.user.id, decidedAt: ts, decisionNote: note, version: version + 1, updatedAt: ts })
      .where(eq(hardshipRequests.id, id))
      .run();
    ctx.audit({ action: 'decide', entity: 'hardship_request', entityId: id, before: { status: 'pending' }, after: { status, note } });
    return oneRequest(ctx.db, id);
  },
};
