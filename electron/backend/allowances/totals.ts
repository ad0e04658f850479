import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Totals, TotalsBy, TotalsRow } from '../../contract/allowanceLedger';
import type { Handlers } from '../rpc/context';

/** Each breakdown's group key and label, over the paid lines below (`x`) with their student (`s`). */
const GROUPS: Record<TotalsBy, { key: SQL; label: SQL; join?: SQL; order: SQL }> = {
  academicYear: { key: sql`x.year`, label: sql`CAST(x.year AS TEXT)`, order: sql`x.year DESC` },
  project: { key: sql`s.project_id`, label: sql`pr.name`, join: sql`JOIN projects pr ON pr.id = s.project_id`, order: sql`pr.name` },
  cohort: {
    key: sql`s.cohort_id`,
    label: sql`pr.name || ' ' || co.name`,
    join: sql`JOIN cohorts co ON co.id = s.cohort_id JOIN projects pr ON pr.id = co.project_id`,
    order: sql`pr.name, co.intake_year`,
  },
  policy: { key: sql`x.policy_id`, label: sql`x.policy_name`, order: sql`x.policy_id` },
  fundingSource: { key: sql`x.funding_source`, label: sql`x.funding_source`, order: sql`x.funding_source` },
};

type Sums = Omit<TotalsRow, 'key' | 'label'>;

/**
 * What the school paid (and waived) through paid batches, by academic year, project, cohort,
 * policy or funding source, for one academic year or all. A reversal counts in the year of the
 * line it corrects, as the caps and the ledger count it.
 */
export function allowanceTotals(db: Db, by: TotalsBy, academicYear: number | null): Totals {
  const group = GROUPS[by];
  // Per student, policy and year, as paid batches added them up (paidTotals.ts).
  const paid = sql`
    SELECT t.student_id, t.amount_fen, t.lines, p.kind, p.id AS policy_id, p.name AS policy_name, p.funding_source, t.academic_year AS year
    FROM allowance_paid_totals t JOIN allowance_policies p ON p.id = t.policy_id`;
  const sums = sql`count(DISTINCT x.student_id) AS students, coalesce(sum(x.lines), 0) AS lines,
    coalesce(sum(CASE x.kind WHEN 'cash' THEN x.amount_fen END), 0) AS cashFen,
    coalesce(sum(CASE x.kind WHEN 'waiver' THEN x.amount_fen END), 0) AS waiverFen`;
  const year = academicYear === null ? sql`1` : sql`x.year = ${academicYear}`;
  const rows = db.all<TotalsRow>(sql`
    SELECT ${group.key} AS key, ${group.label} AS label, ${sums}
    FROM (${paid}) x JOIN students s ON s.id = x.student_id ${group.join ?? sql``}
    WHERE ${year}
    GROUP BY ${group.key}
    ORDER BY ${group.order}`);
  const total = db.get<Sums>(sql`SELECT ${sums} FROM (${paid}) x WHERE ${year}`)!;
  return { by, academicYear, rows, total };
}

export const totalsHandlers: Handlers<'allowances.totals'> = {
  'allowances.totals': ({ by, academicYear }, { db }) => allowanceTotals(db, by, academicYear),
};
