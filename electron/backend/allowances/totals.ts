import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { Totals, TotalsBy, TotalsRow } from '../../contract/allowanceLedger';
import type { POLICY_KINDS } from '../../contract/allowancePolicies';
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

/** Per student, policy and year, as paid batches added them up (paidTotals.ts): what the figures count. */
const PAID_SUMS = sql`
  SELECT t.student_id, t.amount_fen, t.lines, p.kind, p.id AS policy_id, p.name AS policy_name, p.funding_source, t.academic_year AS year
  FROM allowance_paid_totals t JOIN allowance_policies p ON p.id = t.policy_id`;

/**
 * The same, line by line: what the lists behind the figures show. Paid batches' lines, a reversal in
 * the academic year of the line it corrects, as addPaidTotals adds them up.
 */
export const PAID_LINES = sql`
  SELECT l.student_id, l.amount_fen, 1 AS lines, p.kind, p.id AS policy_id, p.name AS policy_name, p.funding_source,
    coalesce(ob.academic_year, b.academic_year) AS year, l.id AS line_id, b.batch_no, b.period, b.paid_on, ob.period AS reverses_period
  FROM allowance_lines l
  JOIN allowance_batches b ON b.id = l.batch_id AND b.status = 'paid'
  JOIN allowance_policies p ON p.id = b.policy_id
  LEFT JOIN allowance_lines o ON o.id = l.reverses_line_id
  LEFT JOIN allowance_batches ob ON ob.id = o.batch_id`;

/** A figure's place in the totals: the breakdown and year, its row (null: the total row), and cash or waiver only (null: both). */
export interface TotalsScope {
  by: TotalsBy;
  academicYear: number | null;
  key: number | string | null;
  kind: (typeof POLICY_KINDS)[number] | null;
}

/**
 * FROM and WHERE of what one figure counts, over PAID_SUMS for the totals or PAID_LINES for the
 * lists behind them: one definition, so a list always adds up to the figure it was opened from.
 * `students` false leaves out the student and the breakdown's joins where no row is asked for
 * (the total row's sums): they filter nothing, every line having its student, and only take time.
 */
export function scoped(source: SQL, { by, academicYear, key, kind }: TotalsScope, students = true): SQL {
  const group = GROUPS[by];
  const joins = students || key !== null ? sql`JOIN students s ON s.id = x.student_id ${group.join ?? sql``}` : sql``;
  const conditions = [
    academicYear === null ? undefined : sql`x.year = ${academicYear}`,
    key === null ? undefined : sql`${group.key} = ${key}`,
    kind === null ? undefined : sql`x.kind = ${kind}`,
  ].filter((c): c is SQL => c !== undefined);
  return sql`FROM (${source}) x ${joins}
    WHERE ${conditions.length ? sql.join(conditions, sql` AND `) : sql`1`}`;
}

/** A row's four figures from the rows of `scoped`. */
export const SUMS = sql`count(DISTINCT x.student_id) AS students, coalesce(sum(x.lines), 0) AS lines,
  coalesce(sum(CASE x.kind WHEN 'cash' THEN x.amount_fen END), 0) AS cashFen,
  coalesce(sum(CASE x.kind WHEN 'waiver' THEN x.amount_fen END), 0) AS waiverFen`;

/**
 * What the school paid (and waived) through paid batches, by academic year, project, cohort,
 * policy or funding source, for one academic year or all. A reversal counts in the year of the
 * line it corrects, as the caps and the ledger count it.
 */
export function allowanceTotals(db: Db, by: TotalsBy, academicYear: number | null): Totals {
  const group = GROUPS[by];
  const scope = { by, academicYear, key: null, kind: null };
  const rows = db.all<TotalsRow>(sql`
    SELECT ${group.key} AS key, ${group.label} AS label, ${SUMS} ${scoped(PAID_SUMS, scope)}
    GROUP BY ${group.key}
    ORDER BY ${group.order}`);
  const total = db.get<Totals['total']>(sql`SELECT ${SUMS} ${scoped(PAID_SUMS, scope, false)}`)!;
  return { by, academicYear, rows, total };
}

export const totalsHandlers: Handlers<'allowances.totals'> = {
  'allowances.totals': ({ by, academicYear }, { db }) => allowanceTotals(db, by, academicYear),
};
