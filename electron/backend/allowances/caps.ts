import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';

/**
 * What each student has under a policy in an academic year: every batch counts (drafts too, so
 * two drafts cannot both fill the cap), and a reversal counts in the year of the line it corrects,
 * whichever later batch holds it. `students`: a subquery of ids or one id; `exceptLine` leaves
 * out the line being changed.
 */
export function givenInYear(db: Db, policyId: number, academicYear: number, students: SQL | number, exceptLine = 0): Map<number, number> {
  const who = typeof students === 'number' ? sql`= ${students}` : sql`IN (${students})`;
  const rows = db.all<{ studentId: number; fen: number }>(sql`
    SELECT l.student_id AS studentId, SUM(l.amount_fen) AS fen
    FROM allowance_lines l
    JOIN allowance_batches b ON b.id = l.batch_id
    LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id
    LEFT JOIN allowance_batches ob ON ob.id = o.batch_id
    WHERE b.policy_id = ${policyId} AND coalesce(ob.academic_year, b.academic_year) = ${academicYear}
      AND l.student_id ${who} AND l.id <> ${exceptLine}
    GROUP BY l.student_id`);
  return new Map(rows.map((r) => [r.studentId, r.fen]));
}
