import { eq, sql } from 'drizzle-orm';
import { allowanceBatches, allowanceBatchSteps, allowanceLines, imports } from '../../../../db/schema';
import { chinaToday } from '../../../contract/dates';
import type { DisbursementImportPreview, DisbursementSheet } from '../../../contract/importDisbursements';
import type { ImportDone } from '../../../contract/importRows';
import { nextBatchNo } from '../../allowances/batches';
import { addPaidTotals } from '../../allowances/paidTotals';
import type { AuthedCtx, Handlers } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { backupFirst, counted, recordImport } from '../rows';
import { evaluate, type Evaluated } from './evaluate';

const totalOf = (rows: readonly Evaluated[]) => rows.reduce((sum, r) => sum + r.amountFen, 0);

function preview(ctx: AuthedCtx, sheet: DisbursementSheet): DisbursementImportPreview {
  const { rows } = evaluate(ctx, sheet);
  return { counts: counted(rows), rows: rows.map(({ amountFen: _a, ...row }) => row), totalFen: totalOf(rows) };
}

/**
 * The sheet's new lines as one batch already paid, in the call's one transaction: made and paid in
 * one step by the user who imported it, added to the paid totals, and linked to the import that
 * undoes it. Lines already there are left as they are.
 */
function write(ctx: AuthedCtx, sheet: DisbursementSheet, backupFile: string): ImportDone {
  const { terms, rows } = evaluate(ctx, sheet);
  const fresh = rows.filter((r) => r.status === 'new');
  if (fresh.length === 0) throw new AppError('import_nothing_new');
  const ts = ctx.now().toISOString();
  const note = `导入历史发放表：${sheet.fileName}`;
  const { policyId, period, academicYear, paidOn, bankRef } = terms;
  const batchNo = nextBatchNo(ctx.db, chinaToday(ctx.now()));
  const { id: batchId } = ctx.db
    .insert(allowanceBatches)
    .values({ batchNo, policyId, period, academicYear, preparedBy: ctx.user.id, notes: note, paidOn, bankRef, createdAt: ts, updatedAt: ts })
    .returning({ id: allowanceBatches.id })
    .get();
  const insert = ctx.db
    .insert(allowanceLines)
    .values({ batchId, studentId: sql.placeholder('studentId'), amountFen: sql.placeholder('amountFen'), reason: '', createdAt: ts, updatedAt: ts })
    .prepare();
  for (const r of fresh) insert.run({ studentId: r.studentId!, amountFen: r.amountFen });
  // Lines go only into a draft (the database refuses them in a paid batch); paid before the app knew of it, so the
  // payment is the one step taken: no submission or approval happened here.
  ctx.db.update(allowanceBatches).set({ status: 'paid' }).where(eq(allowanceBatches.id, batchId)).run();
  ctx.db.insert(allowanceBatchSteps).values({ batchId, action: 'pay', fromStatus: 'draft', toStatus: 'paid', userId: ctx.user.id, at: ts, note }).run();
  addPaidTotals(ctx.db, batchId);
  const done = recordImport(ctx, 'disbursements', sheet, rows, backupFile);
  ctx.db.update(imports).set({ batchId }).where(eq(imports.id, done.importId)).run();
  ctx.audit({
    action: 'create',
    entity: 'allowance_batch',
    entityId: batchId,
    after: { batchNo, policyId, period, status: 'paid', paidOn, bankRef, lines: fresh.length, totalFen: totalOf(fresh), importId: done.importId },
  });
  return done;
}

export const disbursementImportHandlers: Handlers<'imports.previewDisbursements' | 'imports.importDisbursements'> = {
  'imports.previewDisbursements': (sheet, ctx) => preview(ctx, sheet),
  'imports.importDisbursements': {
    prepare: (_input, ctx) => backupFirst(ctx),
    run: (input, ctx, backupFile) => write(ctx, input, backupFile as string),
  },
};
