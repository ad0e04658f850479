import { asc, count, desc, eq, like, max, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { allowanceBatches, allowanceBatchSteps, allowanceLines, allowanceObjections, allowancePolicies, classes, students, users } from '../../../db/schema';
import type { Batch, BatchRow, BatchStatus, BatchSummary } from '../../contract/allowanceBatches';
import type { Objection, StepAction } from '../../contract/allowanceWorkflow';
import { chinaToday } from '../../contract/dates';
import { noticeEnds } from '../../contract/workingDays';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { byClass } from '../classOrder';
import { readSettings } from '../settings/store';
import { linkRequests } from './hardship';
import { getPolicy } from './policies';
import { propose } from './proposal';

/** Every batch with its policy, preparer, line count and total. */
function selectBatches(db: Db) {
  const totals = db
    .select({ batchId: allowanceLines.batchId, lineCount: count().as('line_count'), totalFen: sum(allowanceLines.amountFen).as('total_fen') })
    .from(allowanceLines)
    .groupBy(allowanceLines.batchId)
    .as('totals');
  return db
    .select({
      id: allowanceBatches.id,
      batchNo: allowanceBatches.batchNo,
      policyId: allowanceBatches.policyId,
      policyName: allowancePolicies.name,
      period: allowanceBatches.period,
      status: sql<BatchStatus>`${allowanceBatches.status}`,
      lineCount: sql<number>`coalesce(${totals.lineCount}, 0)`.mapWith(Number),
      totalFen: sql<number>`coalesce(${totals.totalFen}, 0)`.mapWith(Number),
      preparedByName: users.displayName,
      createdAt: allowanceBatches.createdAt,
      version: allowanceBatches.version,
      academicYear: allowanceBatches.academicYear,
      notes: allowanceBatches.notes,
      preparedBy: allowanceBatches.preparedBy,
      noticeDays: allowancePolicies.noticeDays,
      noticeFrom: allowanceBatches.noticeFrom,
      paidOn: allowanceBatches.paidOn,
      bankRef: allowanceBatches.bankRef,
    })
    .from(allowanceBatches)
    .innerJoin(allowancePolicies, eq(allowancePolicies.id, allowanceBatches.policyId))
    .leftJoin(users, eq(users.id, allowanceBatches.preparedBy))
    .leftJoin(totals, eq(totals.batchId, allowanceBatches.id))
    .$dynamic();
}

/**
 * A batch's lines as its page and its printed papers list them: by pinyin here, then class by class
 * (no class last) with byClass, which sorts 2班 before 10班.
 */
export const LINE_ORDER = [asc(students.namePinyin), asc(allowanceLines.id)];

/** Newest first. */
export function listBatches(db: Db, policyId: number | null): BatchRow[] {
  return selectBatches(db)
    .where(policyId ? eq(allowanceBatches.policyId, policyId) : undefined)
    .orderBy(desc(allowanceBatches.id))
    .all();
}

export function batchSummary(db: Db, id: number): BatchSummary {
  const row = mustFind(selectBatches(db).where(eq(allowanceBatches.id, id)).get());
  return { ...row, noticeEndsOn: row.noticeFrom && row.noticeDays > 0 ? noticeEnds(row.noticeFrom, row.noticeDays) : null };
}

export function getBatch(db: Db, id: number): Batch {
  const batch = batchSummary(db, id);
  const { kind } = db.select({ kind: allowancePolicies.kind }).from(allowancePolicies).where(eq(allowancePolicies.id, batch.policyId)).get()!;
  const corrected = alias(allowanceLines, 'corrected');
  const correctedBatch = alias(allowanceBatches, 'corrected_batch');
  const lines = db
    .select({
      id: allowanceLines.id,
      studentId: allowanceLines.studentId,
      name: students.name,
      studentNo: students.studentNo,
      className: classes.name,
      amountFen: allowanceLines.amountFen,
      proposedFen: allowanceLines.proposedFen,
      reason: allowanceLines.reason,
      reversesLineId: allowanceLines.reversesLineId,
      reversesBatchNo: correctedBatch.batchNo,
      reversesPeriod: correctedBatch.period,
    })
    .from(allowanceLines)
    .innerJoin(students, eq(students.id, allowanceLines.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .leftJoin(corrected, eq(corrected.id, allowanceLines.reversesLineId))
    .leftJoin(correctedBatch, eq(correctedBatch.id, corrected.batchId))
    .where(eq(allowanceLines.batchId, id))
    .orderBy(...LINE_ORDER)
    .all()
    .sort(byClass);
  const objectionRows = db
    .select({
      id: allowanceObjections.id,
      lineId: allowanceObjections.lineId,
      receivedOn: allowanceObjections.receivedOn,
      content: allowanceObjections.content,
      recordedByName: users.displayName,
    })
    .from(allowanceObjections)
    .innerJoin(allowanceLines, eq(allowanceLines.id, allowanceObjections.lineId))
    .leftJoin(users, eq(users.id, allowanceObjections.recordedBy))
    .where(eq(allowanceLines.batchId, id))
    .orderBy(asc(allowanceObjections.id))
    .all();
  const objections = new Map<number, Objection[]>();
  for (const { lineId, ...o } of objectionRows) objections.set(lineId, [...(objections.get(lineId) ?? []), o]);
  const steps = db
    .select({
      action: sql<StepAction>`${allowanceBatchSteps.action}`,
      fromStatus: sql<BatchStatus>`${allowanceBatchSteps.fromStatus}`,
      toStatus: sql<BatchStatus>`${allowanceBatchSteps.toStatus}`,
      userId: allowanceBatchSteps.userId,
      userName: users.displayName,
      at: allowanceBatchSteps.at,
      note: allowanceBatchSteps.note,
    })
    .from(allowanceBatchSteps)
    .leftJoin(users, eq(users.id, allowanceBatchSteps.userId))
    .where(eq(allowanceBatchSteps.batchId, id))
    .orderBy(asc(allowanceBatchSteps.id))
    .all();
  return {
    ...batch,
    policyKind: kind as Batch['policyKind'],
    reviewStep: readSettings(db).allowanceReviewStep,
    steps,
    lines: lines.map(({ reversesLineId, reversesBatchNo, reversesPeriod, ...line }) => ({
      ...line,
      reverses: reversesLineId ? { lineId: reversesLineId, batchNo: reversesBatchNo!, period: reversesPeriod! } : null,
      objections: objections.get(line.id) ?? [],
    })),
  };
}

/** The next number of the year: 2026-0001, 2026-0002… (inside the write's transaction, so two never share one). */
export function nextBatchNo(db: Db, day: string): string {
  const year = day.slice(0, 4);
  // The highest, not the count: a discarded draft leaves a gap, never a number used twice.
  const { last } = db.select({ last: max(allowanceBatches.batchNo) }).from(allowanceBatches).where(like(allowanceBatches.batchNo, `${year}-%`)).get()!;
  return `${year}-${String(Number(last?.slice(5) ?? 0) + 1).padStart(4, '0')}`;
}

export const batchesHandlers: Handlers<'allowances.propose' | 'allowances.createBatch' | 'allowances.batches' | 'allowances.batch'> = {
  'allowances.propose': ({ policyId, period }, { db, now, locale }) => propose(db, policyId, period, now(), locale),

  'allowances.createBatch': ({ policyId, period, notes }, ctx) => {
    const proposal = propose(ctx.db, policyId, period, ctx.now(), ctx.locale);
    // A policy for chosen students starts empty: they are added by hand.
    const chosen = getPolicy(ctx.db, policyId, ctx.now()).eligibility === 'chosen';
    if (proposal.lines.length === 0 && !chosen) throw AppError.field('period', 'batch_empty', { period });
    const ts = ctx.now().toISOString();
    const batchNo = nextBatchNo(ctx.db, chinaToday(ctx.now()));
    const { id } = ctx.db
      .insert(allowanceBatches)
      .values({ batchNo, policyId, period, academicYear: proposal.academicYear, preparedBy: ctx.user.id, notes, createdAt: ts, updatedAt: ts })
      .returning({ id: allowanceBatches.id })
      .get();
    const insert = ctx.db
      .insert(allowanceLines)
      .values({
        batchId: sql.placeholder('batchId'),
        studentId: sql.placeholder('studentId'),
        amountFen: sql.placeholder('amountFen'),
        reason: sql.placeholder('reason'),
        createdAt: ts,
        updatedAt: ts,
      })
      .prepare();
    for (const l of proposal.lines) insert.run({ batchId: id, studentId: l.studentId, amountFen: l.amountFen, reason: l.reason });
    linkRequests(ctx.db, id, proposal.lines.flatMap((l) => (l.requestId === null ? [] : [l.requestId])));
    ctx.audit({
      action: 'create',
      entity: 'allowance_batch',
      entityId: id,
      after: { batchNo, policyId, period, lines: proposal.lines.length, totalFen: proposal.totalFen, leftOut: proposal.left.length },
    });
    return batchSummary(ctx.db, id);
  },

  'allowances.batches': ({ policyId }, { db }) => listBatches(db, policyId),
  'allowances.batch': ({ id }, { db }) => getBatch(db, id),
};
