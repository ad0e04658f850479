import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';

/**
 * Adds a batch just paid to allowance_paid_totals, in the transaction that marks it paid: each of
 * its students' sum under the policy in the academic year, a reversal in the year of the line it
 * corrects. (Migration 0013 added up the batches paid before, the same way.)
 */
export function addPaidTotals(db: Db, batchId: number): void {
  db.run(sql`
    INSERT INTO allowance_paid_totals (academic_year, policy_id, student_id, amount_fen, lines)
    SELECT coalesce(ob.academic_year, b.academic_year), b.policy_id, l.student_id, sum(l.amount_fen), count(*)
    FROM allowance_lines l
    JOIN allowance_batches b ON b.id = l.batch_id
    LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id
    LEFT JOIN allowance_batches ob ON ob.id = o.batch_id
    WHERE l.batch_id = ${batchId}
    GROUP BY 1, 2, 3
    ON CONFLICT (academic_year, policy_id, student_id) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, lines = lines + excluded.lines`);
}
