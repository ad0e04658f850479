import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';

/** A batch's sum for each of its students under its policy in each academic year, a reversal in the year of the line it corrects. */
const batchSums = (batchId: number) => sql`
    SELECT coalesce(ob.academic_year, b.academic_year) AS academic_year, b.policy_id, l.student_id, sum(l.amount_fen) AS amount_fen, count(*) AS lines
    FROM allowance_lines l
    JOIN allowance_batches b ON b.id = l.batch_id
    LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id
    LEFT JOIN allowance_batches ob ON ob.id = o.batch_id
    WHERE l.batch_id = ${batchId}
    GROUP BY 1, 2, 3`;

/**
 * Adds a batch just paid to allowance_paid_totals, in the transaction that marks it paid: each of
 * its students' sum under the policy in the academic year, a reversal in the year of the line it
 * corrects. (Migration 0013 added up the batches paid before, the same way.)
 */
export function addPaidTotals(db: Db, batchId: number): void {
  db.run(sql`
    INSERT INTO allowance_paid_totals (academic_year, policy_id, student_id, amount_fen, lines)
    ${batchSums(batchId)}
    ON CONFLICT (academic_year, policy_id, student_id) DO UPDATE SET amount_fen = amount_fen + excluded.amount_fen, lines = lines + excluded.lines`);
}

/**
 * Takes a paid batch back out of allowance_paid_totals before it is removed (an imported 发放表
 * undone): what addPaidTotals added, and a sum left with no lines goes, as if never paid.
 */
export function subtractPaidTotals(db: Db, batchId: number): void {
  db.run(sql`
    UPDATE allowance_paid_totals AS t SET amount_fen = t.amount_fen - x.amount_fen, lines = t.lines - x.lines
    FROM (${batchSums(batchId)}) AS x
    WHERE t.academic_year = x.academic_year AND t.policy_id = x.policy_id AND t.student_id = x.student_id`);
  db.run(sql`DELETE FROM allowance_paid_totals WHERE lines = 0 AND policy_id = (SELECT policy_id FROM allowance_batches WHERE id = ${batchId})`);
}
