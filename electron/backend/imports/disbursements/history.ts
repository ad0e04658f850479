import { and, count, eq, exists, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../../db/open';
import { allowanceBatches, allowanceLines, allowanceObjections, auditLog, hardshipRequests, imports, students } from '../../../../db/schema';
import type { MessageKey } from '../../../contract/messages';
import { subtractPaidTotals } from '../../allowances/paidTotals';
import type { AuthedCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { NAMED, type KindHistory } from '../history/kind';

/** The paid batch an import made, with what it held. */
function batchOf(db: Db, importId: number) {
  return db
    .select({ id: allowanceBatches.id, batchNo: allowanceBatches.batchNo, policyId: allowanceBatches.policyId, period: allowanceBatches.period })
    .from(imports)
    .innerJoin(allowanceBatches, eq(allowanceBatches.id, imports.batchId))
    .where(eq(imports.id, importId))
    .get();
}

/**
 * What has been attached to the batch since the import that removing it would lose without a word:
 * a bank file made of it (its batch number went to the bank), objections kept with its lines, a
 * hardship request it paid (which would fall back to unpaid and be paid again).
 */
function usedSince(ctx: AuthedCtx, batchId: number): MessageKey | null {
  const onLines = (table: typeof allowanceObjections | typeof hardshipRequests) =>
    ctx.db.select({ n: count() }).from(table).innerJoin(allowanceLines, eq(allowanceLines.id, table.lineId)).where(eq(allowanceLines.batchId, batchId)).get()!.n;
  const bankFiles = ctx.db
    .select({ n: count() })
    .from(auditLog)
    .where(and(eq(auditLog.entity, 'allowance_batch'), eq(auditLog.entityId, batchId), eq(auditLog.action, 'bank_file')))
    .get()!.n;
  if (bankFiles) return 'import_batch_bank_file';
  if (onLines(allowanceObjections)) return 'import_batch_objection';
  return onLines(hardshipRequests) ? 'import_batch_request' : null;
}

/**
 * A 发放表 import taken back: its paid batch goes, lines and steps with it, and leaves the paid
 * totals as they were. Not once a line of it has been reversed (the correction stands on it), nor
 * once something else hangs on the batch.
 */
export const disbursementHistory: KindHistory = {
  changedSince: (db, importId) => {
    const reversal = alias(allowanceLines, 'reversal');
    return db
      .selectDistinct({ name: students.name })
      .from(imports)
      .innerJoin(allowanceLines, eq(allowanceLines.batchId, imports.batchId))
      .innerJoin(students, eq(students.id, allowanceLines.studentId))
      .where(and(eq(imports.id, importId), exists(db.select({ id: reversal.id }).from(reversal).where(eq(reversal.reversesLineId, allowanceLines.id)))))
      .limit(NAMED)
      .all()
      .map((s) => s.name);
  },

  undo: (ctx, importId) => {
    const batch = batchOf(ctx.db, importId);
    if (!batch) return;
    const used = usedSince(ctx, batch.id);
    if (used) throw new AppError('import_batch_used', { batchNo: batch.batchNo, what: { key: used } });
    const held = ctx.db
      .select({ lines: count(), totalFen: sql<number>`coalesce(${sum(allowanceLines.amountFen)}, 0)`.mapWith(Number) })
      .from(allowanceLines)
      .where(eq(allowanceLines.batchId, batch.id))
      .get()!;
    subtractPaidTotals(ctx.db, batch.id);
    // The one paid batch the database lets go: imports.batch_id names it (migration 0020), and its deletion clears that.
    ctx.db.delete(allowanceBatches).where(eq(allowanceBatches.id, batch.id)).run();
    const { id, ...named } = batch;
    ctx.audit({ action: 'delete', entity: 'allowance_batch', entityId: id, before: { ...named, ...held } });
  },
};
