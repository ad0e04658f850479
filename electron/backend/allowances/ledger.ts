import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { students } from '../../../db/schema';
import type { BatchStatus } from '../../contract/allowanceBatches';
import type { Ledger, LedgerLine, LedgerYear } from '../../contract/allowanceLedger';
import type { Handlers } from '../rpc/context';
import { mustFind } from '../rpc/versioned';

interface Row {
  lineId: number;
  batchId: number;
  batchNo: string;
  policyId: number;
  policyName: string;
  kind: LedgerYear['kind'];
  capFen: number | null;
  period: string;
  academicYear: number;
  status: BatchStatus;
  paidOn: string | null;
  amountFen: number;
  reason: string;
  reversesLineId: number | null;
  reversesBatchNo: string | null;
  reversesPeriod: string | null;
  reversedFen: number;
}

/** Every line of one student, with what the caps leave in each year of each policy. */
export function studentLedger(db: Db, studentId: number): Ledger {
  const rows = db.all<Row>(sql`
    SELECT l.id AS lineId, b.id AS batchId, b.batch_no AS batchNo, p.id AS policyId, p.name AS policyName, p.kind, p.cap_fen AS capFen,
      b.period, coalesce(ob.academic_year, b.academic_year) AS academicYear, b.status, b.paid_on AS paidOn, l.amount_fen AS amountFen, l.reason,
      l.reverses_line_id AS reversesLineId, ob.batch_no AS reversesBatchNo, ob.period AS reversesPeriod,
      coalesce((SELECT -sum(r.amount_fen) FROM allowance_lines r WHERE r.reverses_line_id = l.id), 0) AS reversedFen
    FROM allowance_lines l
    JOIN allowance_batches b ON b.id = l.batch_id
    JOIN allowance_policies p ON p.id = b.policy_id
    LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id
    LEFT JOIN allowance_batches ob ON ob.id = o.batch_id
    WHERE l.student_id = ${studentId}
    ORDER BY b.id DESC, l.id DESC`);

  const years = new Map<string, LedgerYear>();
  for (const r of rows) {
    const key = `${r.academicYear}:${r.policyId}`;
    const year = years.get(key) ?? { academicYear: r.academicYear, policyId: r.policyId, policyName: r.policyName, kind: r.kind, givenFen: 0, paidFen: 0, capFen: r.capFen, remainingFen: null };
    year.givenFen += r.amountFen;
    if (r.status === 'paid') year.paidFen += r.amountFen;
    year.remainingFen = year.capFen === null ? null : Math.max(0, year.capFen - year.givenFen);
    years.set(key, year);
  }
  const lines: LedgerLine[] = rows.map(({ kind: _k, capFen: _c, reversesLineId, reversesBatchNo, reversesPeriod, ...r }) => ({
    ...r,
    reverses: reversesLineId ? { lineId: reversesLineId, batchNo: reversesBatchNo!, period: reversesPeriod! } : null,
  }));
  return { lines, years: [...years.values()].sort((a, b) => b.academicYear - a.academicYear || a.policyId - b.policyId) };
}

export const ledgerHandlers: Handlers<'allowances.ledger'> = {
  'allowances.ledger': ({ studentId }, { db }) => {
    mustFind(db.select({ id: students.id }).from(students).where(eq(students.id, studentId)).get());
    return studentLedger(db, studentId);
  },
};
