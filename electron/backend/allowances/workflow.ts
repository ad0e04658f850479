import { and, count, desc, eq } from 'drizzle-orm';
import { allowanceBatches, allowanceBatchSteps, allowanceLines, allowanceObjections, allowancePolicies } from '../../../db/schema';
import type { BatchStatus } from '../../contract/allowanceBatches';
import { FORWARD, startsFrom, type StepAction } from '../../contract/allowanceWorkflow';
import { chinaToday } from '../../contract/dates';
import { formatMessage } from '../../contract/messages';
import { dayAfter, noticeEnds } from '../../contract/workingDays';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { conflictError, mustFind, updateVersioned } from '../rpc/versioned';
import { readSettings } from '../settings/store';
import { addPaidTotals } from './paidTotals';

export interface ClaimedBatch {
  id: number;
  version: number;
  batchNo: string;
  status: BatchStatus;
  policyId: number;
  period: string;
  academicYear: number;
  preparedBy: number;
  noticeFrom: string | null;
  noticeDays: number;
}

/** The batch a change is about, refused when someone changed it since the caller read it. */
export function claimBatch(ctx: AuthedCtx, id: number, version: number): ClaimedBatch {
  const batch = mustFind(
    ctx.db
      .select({
        id: allowanceBatches.id,
        version: allowanceBatches.version,
        batchNo: allowanceBatches.batchNo,
        status: allowanceBatches.status,
        policyId: allowanceBatches.policyId,
        period: allowanceBatches.period,
        academicYear: allowanceBatches.academicYear,
        preparedBy: allowanceBatches.preparedBy,
        noticeFrom: allowanceBatches.noticeFrom,
        noticeDays: allowancePolicies.noticeDays,
      })
      .from(allowanceBatches)
      .innerJoin(allowancePolicies, eq(allowancePolicies.id, allowanceBatches.policyId))
      .where(eq(allowanceBatches.id, id))
      .get(),
  );
  if (batch.version !== version) throw conflictError(ctx.db, 'allowance_batch', id, ctx.locale);
  return { ...batch, status: batch.status as BatchStatus };
}

/** A draft, the only state whose lines may change. */
export function claimDraft(ctx: AuthedCtx, id: number, version: number): ClaimedBatch {
  const batch = claimBatch(ctx, id, version);
  if (batch.status !== 'draft') throw new AppError('batch_locked', { status: { label: 'batchStatus', code: batch.status } });
  return batch;
}

/** Writes the batch's new values and version: every change to it or its lines goes through here once. */
export function saveBatch(ctx: AuthedCtx, batch: ClaimedBatch, values: Partial<typeof allowanceBatches.$inferInsert> = {}): void {
  updateVersioned(ctx.db, allowanceBatches, 'allowance_batch', batch.id, batch.version, values, ctx.now(), ctx.locale);
}

function takeStep(ctx: AuthedCtx, batch: ClaimedBatch, action: StepAction, to: BatchStatus, note: string, values: Partial<typeof allowanceBatches.$inferInsert> = {}) {
  saveBatch(ctx, batch, { status: to, ...values });
  ctx.db
    .insert(allowanceBatchSteps)
    .values({ batchId: batch.id, action, fromStatus: batch.status, toStatus: to, userId: ctx.user.id, at: ctx.now().toISOString(), note })
    .run();
  ctx.audit({ action, entity: 'allowance_batch', entityId: batch.id, before: { status: batch.status }, after: { status: to, ...(note ? { note } : {}), ...values } });
}

const wrongStep = (batch: ClaimedBatch, action: StepAction) =>
  new AppError('batch_step', { status: { label: 'batchStatus', code: batch.status }, action: { label: 'stepAction', code: action } });

/** When the latest submission of the batch happened, and by whom. */
function lastSubmit(ctx: AuthedCtx, batchId: number) {
  return ctx.db
    .select({ userId: allowanceBatchSteps.userId, at: allowanceBatchSteps.at })
    .from(allowanceBatchSteps)
    .where(and(eq(allowanceBatchSteps.batchId, batchId), eq(allowanceBatchSteps.action, 'submit')))
    .orderBy(desc(allowanceBatchSteps.id))
    .get();
}

/** Whoever prepared or submitted a batch may not also check or approve it. */
function separateDuties(ctx: AuthedCtx, batch: ClaimedBatch): void {
  if (batch.preparedBy === ctx.user.id || lastSubmit(ctx, batch.id)?.userId === ctx.user.id) throw new AppError('same_person', { name: ctx.user.displayName });
}

/** A policy with public notice is approved only after the notice's last working day. */
function noticeServed(ctx: AuthedCtx, batch: ClaimedBatch): void {
  if (batch.noticeDays === 0) return;
  const days = batch.noticeDays;
  if (!batch.noticeFrom) throw new AppError('notice_pending', { days, when: formatMessage(ctx.locale, 'notice_not_posted') });
  const ends = noticeEnds(batch.noticeFrom, days);
  if (chinaToday(ctx.now()) <= ends) throw new AppError('notice_pending', { days, when: formatMessage(ctx.locale, 'notice_until', { date: ends, next: dayAfter(ends) }) });
}

function notAfterToday(ctx: AuthedCtx, field: string, day: string): void {
  const today = chinaToday(ctx.now());
  if (day > today) throw AppError.field(field, 'date_future', { today });
}

export const workflowHandlers: Handlers<'allowances.forward' | 'allowances.returnBatch' | 'allowances.postNotice' | 'allowances.markPaid' | 'allowances.addObjection' | 'allowances.discardBatch'> = {
  'allowances.forward': ({ id, version, action, note }, ctx) => {
    const batch = claimBatch(ctx, id, version);
    if (!startsFrom(action, readSettings(ctx.db).allowanceReviewStep).includes(batch.status)) throw wrongStep(batch, action);
    if (action === 'submit') {
      const { n } = ctx.db.select({ n: count() }).from(allowanceLines).where(eq(allowanceLines.batchId, id)).get()!;
      if (n === 0) throw wrongStep(batch, action);
    } else separateDuties(ctx, batch);
    if (action === 'approve') noticeServed(ctx, batch);
    takeStep(ctx, batch, action, FORWARD[action], note);
    return null;
  },

  'allowances.returnBatch': ({ id, version, reason }, ctx) => {
    const batch = claimBatch(ctx, id, version);
    if (batch.status !== 'submitted' && batch.status !== 'reviewed') throw wrongStep(batch, 'return');
    // The list may change in draft, so a notice already posted no longer shows it: it is posted again after resubmission.
    takeStep(ctx, batch, 'return', 'draft', reason, { noticeFrom: null });
    return null;
  },

  'allowances.postNotice': ({ id, version, from }, ctx) => {
    const batch = claimBatch(ctx, id, version);
    if (batch.noticeDays === 0) throw AppError.field('from', 'notice_not_needed');
    if (batch.status !== 'submitted' && batch.status !== 'reviewed') throw AppError.field('from', 'notice_before_submit');
    notAfterToday(ctx, 'from', from);
    const submitted = lastSubmit(ctx, id);
    if (submitted && from < chinaToday(new Date(submitted.at))) throw AppError.field('from', 'notice_before_submit');
    takeStep(ctx, batch, 'notice', batch.status, from, { noticeFrom: from });
    return null;
  },

  'allowances.markPaid': ({ id, version, paidOn, bankRef }, ctx) => {
    const batch = claimBatch(ctx, id, version);
    if (batch.status !== 'approved') throw wrongStep(batch, 'pay');
    notAfterToday(ctx, 'paidOn', paidOn);
    const approved = ctx.db
      .select({ at: allowanceBatchSteps.at })
      .from(allowanceBatchSteps)
      .where(and(eq(allowanceBatchSteps.batchId, id), eq(allowanceBatchSteps.action, 'approve')))
      .orderBy(desc(allowanceBatchSteps.id))
      .get();
    const approvedOn = approved ? chinaToday(new Date(approved.at)) : '';
    if (paidOn < approvedOn) throw AppError.field('paidOn', 'paid_before_approval', { date: approvedOn });
    takeStep(ctx, batch, 'pay', 'paid', bankRef, { paidOn, bankRef });
    addPaidTotals(ctx.db, id);
    return null;
  },

  'allowances.addObjection': ({ lineId, receivedOn, content }, ctx) => {
    const line = mustFind(
      ctx.db
        .select({ batchId: allowanceLines.batchId, studentId: allowanceLines.studentId, noticeFrom: allowanceBatches.noticeFrom })
        .from(allowanceLines)
        .innerJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
        .where(eq(allowanceLines.id, lineId))
        .get(),
    );
    if (!line.noticeFrom) throw AppError.field('receivedOn', 'objection_no_notice');
    if (receivedOn < line.noticeFrom) throw AppError.field('receivedOn', 'objection_before_notice', { date: line.noticeFrom });
    notAfterToday(ctx, 'receivedOn', receivedOn);
    ctx.db.insert(allowanceObjections).values({ lineId, receivedOn, content, recordedBy: ctx.user.id, createdAt: ctx.now().toISOString() }).run();
    ctx.audit({ action: 'objection', entity: 'allowance_batch', entityId: line.batchId, after: { lineId, studentId: line.studentId, receivedOn, content } });
    return null;
  },

  'allowances.discardBatch': ({ id, version }, ctx) => {
    const batch = claimDraft(ctx, id, version);
    const { n } = ctx.db.select({ n: count() }).from(allowanceLines).where(eq(allowanceLines.batchId, id)).get()!;
    ctx.db.delete(allowanceBatches).where(eq(allowanceBatches.id, id)).run();
    ctx.audit({ action: 'delete', entity: 'allowance_batch', entityId: id, before: { batchNo: batch.batchNo, policyId: batch.policyId, period: batch.period, lines: n } });
    return null;
  },
};

