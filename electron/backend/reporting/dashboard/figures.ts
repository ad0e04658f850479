import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { monthOf, monthsBetween } from '../../../contract/schoolMonths';
import { figureConditions, PAID_LINES, paidWithin, studentFacts, type Period } from '../facts';

/** 在校生 at the period's end, 新招 and 流失 in it: three of the 进展情况表's figures, by its own conditions, in one pass. */
export function registerCounts(db: Db, period: Period): { inSchool: number; newStudents: number; withdrawn: number } {
  const when = figureConditions(period);
  const counts = db.get<{ inSchool: number | null; newStudents: number | null; withdrawn: number | null }>(sql`
    SELECT sum(CASE WHEN ${when.inSchool} THEN 1 ELSE 0 END) AS inSchool,
      sum(CASE WHEN ${when.newStudents} THEN 1 ELSE 0 END) AS newStudents,
      sum(CASE WHEN ${when.withdrawn} THEN 1 ELSE 0 END) AS withdrawn
    FROM (${studentFacts(period)}) f`);
  return { inSchool: counts?.inSchool ?? 0, newStudents: counts?.newStudents ?? 0, withdrawn: counts?.withdrawn ?? 0 };
}

/** The 进展情况表's 资助金额 month by month over the period (every month of it, none left out), and how many students were paid. */
export function paidCounts(db: Db, period: Period) {
  const byMonth = new Map(
    db
      .all<{ month: string; paidFen: number }>(sql`
        SELECT substr(b.paid_on, 1, 7) AS month, sum(l.amount_fen) AS paidFen
        FROM ${PAID_LINES} WHERE ${paidWithin(period)} GROUP BY month`)
      .map((r) => [r.month, r.paidFen]),
  );
  // A reversal takes money back; it pays no one.
  const students = db.get<{ n: number }>(sql`
    SELECT count(DISTINCT l.student_id) AS n FROM ${PAID_LINES} WHERE ${paidWithin(period)} AND l.reverses_line_id IS NULL`);
  const paidByMonth = monthsBetween(monthOf(period.from), monthOf(period.to)).map((month) => ({ month, paidFen: byMonth.get(month) ?? 0 }));
  return { paidByMonth, paidFen: paidByMonth.reduce((sum, m) => sum + m.paidFen, 0), paidStudents: students?.n ?? 0 };
}
