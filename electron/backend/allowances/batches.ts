import { asc, count, desc, eq, like, sql, sum } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { allowanceBatches, allowanceLines, allowancePolicies, classes, students, users } from '../../../db/schema';
import type { Batch, BatchRow, BatchStatus, BatchSummary } from '../../contract/allowanceBatches';
import { chinaToday } from '../../contract/dates';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { propose } from './proposal';

function selectRows(db: Db) {
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
    })
    .from(allowanceBatches)
    .innerJoin(allowancePolicies, eq(allowancePolicies.id, allowanceBatches.policyId))
    .leftJoin(users, eq(users.id, allowanceBatches.preparedBy))
    .leftJoin(totals, eq(totals.batchId, allowanceBatches.id))
    .$dynamic();
}

/** Newest first. */
export function listBatches(db: Db, policyId: number | null): BatchRow[] {
  return selectRows(db)
    .where(policyId ? eq(allowanceBatches.policyId, policyId) : undefined)
    .orderBy(desc(allowanceBatches.id))
    .all()
    .map(({ academicYear: _y, notes: _n, ...row }) => row);
}

const batchSummary = (db: Db, id: number): BatchSummary => mustFind(selectRows(db).where(eq(allowanceBatches.id, id)).get());

export function getBatch(db: Db, id: number): Batch {
  const batch = batchSummary(db, id);
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
    })
    .from(allowanceLines)
    .innerJoin(students, eq(students.id, allowanceLines.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(eq(allowanceLines.batchId, id))
    .orderBy(sql`${classes.name} IS NULL`, asc(classes.name), asc(students.namePinyin), asc(allowanceLines.id))
    .all();
  return { ...batch, lines };
}

/** The next number of the year: 2026-0001, 2026-0002… (inside the write's transaction, so two never share one). */
function nextBatchNo(db: Db, day: string): string {
  const year = day.slice(0, 4);
  const { n } = db.select({ n: count() }).from(allowanceBatches).where(like(allowanceBatches.batchNo, `${year}-%`)).get()!;
  return `${year}-${String(n + 1).padStart(4, '0')}`;
}

export const batchesHandlers: Handlers<'allowances.propose' | 'allowances.createBatch' | 'allowances.batches' | 'allowances.batch'> = {
  'allowances.propose': ({ policyId, period }, { db, now, locale }) => propose(db, policyId, period, now(), locale),

  'allowances.createBatch': ({ policyId, period, notes }, ctx) => {
    const proposal = propose(ctx.db, policyId, period, ctx.now(), ctx.locale);
    if (proposal.lines.length === 0) throw AppError.field('period', 'batch_empty', { period });
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
