import { and, eq, ne, sum } from 'drizzle-orm';
import { allowanceBatches, allowanceLines, allowancePolicies, students } from '../../../db/schema';
import { formatYuan } from '../../contract/money';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { givenInYear } from './caps';
import { linkRequests } from './hardship';
import { propose } from './proposal';
import { claimDraft, saveBatch, type ClaimedBatch } from './workflow';

/** Refuses an amount over what the academic year's cap leaves the student, this line left out. */
function withinCap(ctx: AuthedCtx, batch: ClaimedBatch, studentId: number, amountFen: number, exceptLine = 0): void {
  const { capFen } = ctx.db.select({ capFen: allowancePolicies.capFen }).from(allowancePolicies).where(eq(allowancePolicies.id, batch.policyId)).get()!;
  if (capFen === null) return;
  const given = givenInYear(ctx.db, batch.policyId, batch.academicYear, studentId, exceptLine).get(studentId) ?? 0;
  const room = Math.max(0, capFen - given);
  if (amountFen > room) throw AppError.field('amountFen', 'line_over_cap', { given: formatYuan(given), cap: formatYuan(capFen), room: formatYuan(room) });
}

function lineOf(ctx: AuthedCtx, batch: ClaimedBatch, lineId: number) {
  const line = ctx.db
    .select({
      id: allowanceLines.id,
      batchId: allowanceLines.batchId,
      studentId: allowanceLines.studentId,
      amountFen: allowanceLines.amountFen,
      proposedFen: allowanceLines.proposedFen,
      reason: allowanceLines.reason,
      reversesLineId: allowanceLines.reversesLineId,
    })
    .from(allowanceLines)
    .where(eq(allowanceLines.id, lineId))
    .get();
  if (!line || line.batchId !== batch.id) throw AppError.field('lineId', 'line_not_in_batch');
  return line;
}

/** How much of a paid line is still not reversed, every reversal of it counted; `exceptLine` leaves one out (the one being changed). */
function reversibleRoom(ctx: AuthedCtx, batch: ClaimedBatch, originalId: number, exceptLine = 0): { studentId: number; room: number } {
  const original = mustFind(
    ctx.db
      .select({ studentId: allowanceLines.studentId, amountFen: allowanceLines.amountFen, reverses: allowanceLines.reversesLineId, status: allowanceBatches.status, policyId: allowanceBatches.policyId })
      .from(allowanceLines)
      .innerJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
      .where(eq(allowanceLines.id, originalId))
      .get(),
  );
  if (original.reverses !== null) throw AppError.field('lineId', 'reversal_of_reversal');
  if (original.status !== 'paid') throw AppError.field('lineId', 'reversal_not_paid', { status: { label: 'batchStatus', code: original.status } });
  if (original.policyId !== batch.policyId) throw AppError.field('lineId', 'reversal_other_policy');
  const { reversed } = ctx.db
    .select({ reversed: sum(allowanceLines.amountFen).mapWith(Number) })
    .from(allowanceLines)
    .where(and(eq(allowanceLines.reversesLineId, originalId), ne(allowanceLines.id, exceptLine)))
    .get()!;
  return { studentId: original.studentId, room: original.amountFen + (reversed ?? 0) };
}

export const linesHandlers: Handlers<'allowances.addLine' | 'allowances.changeLine' | 'allowances.removeLine' | 'allowances.addReversal'> = {
  'allowances.addLine': ({ batchId, version, studentId, amountFen, reason }, ctx) => {
    const batch = claimDraft(ctx, batchId, version);
    const judged = propose(ctx.db, batch.policyId, batch.period, ctx.now(), ctx.locale, studentId);
    const refused = judged.left[0];
    if (refused) {
      const detail = refused.detail ? `（${refused.detail}）` : '';
      throw AppError.field('studentId', 'line_left_out', { name: refused.name, why: { label: 'leftOut', code: refused.reason }, detail });
    }
    if (!judged.lines[0]) {
      const student = mustFind(ctx.db.select({ name: students.name }).from(students).where(eq(students.id, studentId)).get());
      const { eligibility } = ctx.db.select({ eligibility: allowancePolicies.eligibility }).from(allowancePolicies).where(eq(allowancePolicies.id, batch.policyId)).get()!;
      throw AppError.field('studentId', 'line_not_meant_for', { name: student.name, eligibility: { label: 'eligibility', code: eligibility } });
    }
    withinCap(ctx, batch, studentId, amountFen);
    saveBatch(ctx, batch);
    const ts = ctx.now().toISOString();
    const { id } = ctx.db.insert(allowanceLines).values({ batchId, studentId, amountFen, reason, createdAt: ts, updatedAt: ts }).returning({ id: allowanceLines.id }).get();
    linkRequests(ctx.db, batchId, judged.lines[0].requestId === null ? [] : [judged.lines[0].requestId]);
    ctx.audit({ action: 'add_line', entity: 'allowance_batch', entityId: batchId, after: { lineId: id, studentId, name: judged.lines[0].name, amountFen, reason } });
    return null;
  },

  'allowances.changeLine': ({ batchId, version, lineId, amountFen, reason }, ctx) => {
    const batch = claimDraft(ctx, batchId, version);
    const line = lineOf(ctx, batch, lineId);
    // A reversal is kept as a negative amount; the user gives how much it takes back.
    if (line.reversesLineId !== null) {
      const { room } = reversibleRoom(ctx, batch, line.reversesLineId, line.id);
      if (amountFen > room) throw AppError.field('amountFen', 'reversal_too_much', { room: formatYuan(room) });
    } else withinCap(ctx, batch, line.studentId, amountFen, line.id);
    const signed = line.reversesLineId === null ? amountFen : -amountFen;
    saveBatch(ctx, batch);
    ctx.db
      .update(allowanceLines)
      .set({ amountFen: signed, proposedFen: line.proposedFen ?? line.amountFen, reason, updatedAt: ctx.now().toISOString() })
      .where(eq(allowanceLines.id, lineId))
      .run();
    ctx.audit({
      action: 'change_line',
      entity: 'allowance_batch',
      entityId: batchId,
      before: { lineId, studentId: line.studentId, amountFen: line.amountFen, reason: line.reason },
      after: { lineId, studentId: line.studentId, amountFen: signed, reason },
    });
    return null;
  },

  'allowances.removeLine': ({ batchId, version, lineId, reason }, ctx) => {
    const batch = claimDraft(ctx, batchId, version);
    const line = lineOf(ctx, batch, lineId);
    saveBatch(ctx, batch);
    ctx.db.delete(allowanceLines).where(eq(allowanceLines.id, lineId)).run();
    ctx.audit({
      action: 'remove_line',
      entity: 'allowance_batch',
      entityId: batchId,
      before: { lineId, studentId: line.studentId, amountFen: line.amountFen },
      after: { reason },
    });
    return null;
  },

  'allowances.addReversal': ({ batchId, version, lineId, amountFen, reason }, ctx) => {
    const batch = claimDraft(ctx, batchId, version);
    const { studentId, room } = reversibleRoom(ctx, batch, lineId);
    if (amountFen > room) throw AppError.field('amountFen', 'reversal_too_much', { room: formatYuan(room) });
    saveBatch(ctx, batch);
    const ts = ctx.now().toISOString();
    const { id } = ctx.db
      .insert(allowanceLines)
      .values({ batchId, studentId, amountFen: -amountFen, reason, reversesLineId: lineId, createdAt: ts, updatedAt: ts })
      .returning({ id: allowanceLines.id })
      .get();
    ctx.audit({ action: 'reversal', entity: 'allowance_batch', entityId: batchId, after: { lineId: id, reversesLineId: lineId, studentId, amountFen: -amountFen, reason } });
    return null;
  },
};
