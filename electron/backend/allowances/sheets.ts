import { and, asc, count, countDistinct, eq, isNull, sql, sum } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { allowanceBatches, allowanceBatchSteps, allowanceLines, allowancePolicies, classes, cohorts, majors, students, users } from '../../../db/schema';
import type { Notice, Sheet, SheetHeader, SheetSigners, SheetSummary } from '../../contract/allowanceSheets';
import { chinaToday } from '../../contract/dates';
import { maskAccountEnds, maskIdNumber } from '../../contract/idcard';
import type { Handlers } from '../rpc/context';
import { byClass } from '../classOrder';
import { batchSummary, LINE_ORDER } from './batches';

/** The batch as its papers head it, and the batch itself for what their feet need. */
function batchHead(db: Db, id: number) {
  const batch = batchSummary(db, id);
  const { policyPeriod } = db.select({ policyPeriod: allowancePolicies.period }).from(allowancePolicies).where(eq(allowancePolicies.id, batch.policyId)).get()!;
  const { batchNo, policyName, period, status } = batch;
  return { head: { id, batchNo, policyName, policyPeriod: policyPeriod as SheetHeader['policyPeriod'], period, status }, batch };
}

/** The count and total of the lines a paper lists (the notice leaves reversals out). */
const totals = (lines: readonly { amountFen: number }[]) => ({ lineCount: lines.length, totalFen: lines.reduce((total, l) => total + l.amountFen, 0) });

/** Who reviewed and approved the batch as it now stands: a 退回 voids the steps before it, which are taken again after resubmission. */
function signers(db: Db, id: number, preparedBy: string | null): SheetSigners {
  const steps = db
    .select({ action: allowanceBatchSteps.action, userName: users.displayName, at: allowanceBatchSteps.at })
    .from(allowanceBatchSteps)
    .leftJoin(users, eq(users.id, allowanceBatchSteps.userId))
    .where(eq(allowanceBatchSteps.batchId, id))
    .orderBy(asc(allowanceBatchSteps.id))
    .all();
  const signed: SheetSigners = { preparedBy, reviewedBy: null, approvedBy: null, approvedOn: null };
  for (const step of steps) {
    if (step.action === 'return') Object.assign(signed, { reviewedBy: null, approvedBy: null, approvedOn: null });
    if (step.action === 'review') signed.reviewedBy = step.userName;
    if (step.action === 'approve') Object.assign(signed, { approvedBy: step.userName, approvedOn: chinaToday(new Date(step.at)) });
  }
  return signed;
}

export function sheet(db: Db, id: number): Sheet {
  const corrected = alias(allowanceLines, 'corrected');
  const correctedBatch = alias(allowanceBatches, 'corrected_batch');
  const rows = db
    .select({
      id: allowanceLines.id,
      name: students.name,
      className: classes.name,
      idNumber: students.idNumber,
      bankAccount: students.bankAccount,
      amountFen: allowanceLines.amountFen,
      reason: allowanceLines.reason,
      reverses: correctedBatch.batchNo,
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
  const { head, batch } = batchHead(db, id);
  // Masked here: whole numbers never leave the backend for a sheet, whoever prints it.
  const lines = rows.map((l) => ({ ...l, idNumber: maskIdNumber(l.idNumber), bankAccount: maskAccountEnds(l.bankAccount) }));
  return { ...head, ...totals(lines), signers: signers(db, id, batch.preparedByName), lines };
}

export function sheetSummary(db: Db, id: number): SheetSummary {
  const classRows = db
    .select({
      className: classes.name,
      students: countDistinct(allowanceLines.studentId),
      totalFen: sql<number>`coalesce(${sum(allowanceLines.amountFen)}, 0)`.mapWith(Number),
      lines: count(),
    })
    .from(allowanceLines)
    .innerJoin(students, eq(students.id, allowanceLines.studentId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(eq(allowanceLines.batchId, id))
    .groupBy(students.classId)
    .all()
    // Class by class, as the lines are.
    .sort(byClass);
  const { head, batch } = batchHead(db, id);
  return {
    ...head,
    lineCount: classRows.reduce((n, c) => n + c.lines, 0),
    totalFen: classRows.reduce((total, c) => total + c.totalFen, 0),
    signers: signers(db, id, batch.preparedByName),
    classes: classRows.map(({ lines: _l, ...c }) => c),
  };
}

export function notice(db: Db, id: number): Notice {
  // Selected column by column: nothing a notice may not show is read, let alone sent.
  const lines = db
    .select({
      id: allowanceLines.id,
      name: students.name,
      majorName: majors.name,
      cohortName: cohorts.name,
      className: classes.name,
      amountFen: allowanceLines.amountFen,
    })
    .from(allowanceLines)
    .innerJoin(students, eq(students.id, allowanceLines.studentId))
    .innerJoin(cohorts, eq(cohorts.id, students.cohortId))
    .leftJoin(majors, eq(majors.id, students.majorId))
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(and(eq(allowanceLines.batchId, id), isNull(allowanceLines.reversesLineId)))
    .orderBy(...LINE_ORDER)
    .all()
    .sort(byClass);
  const { head, batch } = batchHead(db, id);
  return { ...head, ...totals(lines), noticeDays: batch.noticeDays, noticeFrom: batch.noticeFrom, noticeEndsOn: batch.noticeEndsOn, lines };
}

export const sheetsHandlers: Handlers<'allowances.sheet' | 'allowances.sheetSummary' | 'allowances.notice'> = {
  'allowances.sheet': ({ id }, ctx) => {
    const result = sheet(ctx.db, id);
    // A read that hands out personal data in bulk is logged like a change (as the roster's print is).
    ctx.audit({
      action: 'print',
      entity: 'allowance_batch',
      entityId: id,
      after: { report: 'allowance_sheet', lines: result.lineCount, totalFen: result.totalFen },
    });
    return result;
  },
  'allowances.sheetSummary': ({ id }, { db }) => sheetSummary(db, id),
  'allowances.notice': ({ id }, { db }) => notice(db, id),
};
