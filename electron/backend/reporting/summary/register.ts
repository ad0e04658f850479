import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import type { SummaryGrouping } from '../../../contract/reportingSummary';

/** The ways students are grouped: a row of the table, or a year of the charts (the cohort's intake year). */
export type Grouping = SummaryGrouping | 'intakeYear';

/** Each grouping's key, label and order over a student `s` with their project `pr` and cohort `co`. */
const GROUPS: Record<Grouping, { key: SQL; label: SQL; order: SQL }> = {
  project: { key: sql`s.project_id`, label: sql`pr.name`, order: sql`pr.name` },
  cohort: { key: sql`s.cohort_id`, label: sql`pr.name || ' ' || co.name`, order: sql`pr.name, co.intake_year` },
  intakeYear: { key: sql`co.intake_year`, label: sql`CAST(co.intake_year AS TEXT)`, order: sql`co.intake_year` },
};

export const REGISTER = sql`students s JOIN projects pr ON pr.id = s.project_id JOIN cohorts co ON co.id = s.cohort_id`;

/** The students of one project or all, and of one group (a row's key) or all. */
export function studentsIn(grouping: Grouping, projectId: number | null, key: number | null): SQL {
  return sql.join(
    [sql`1`, projectId === null ? undefined : sql`s.project_id = ${projectId}`, key === null ? undefined : sql`${GROUPS[grouping].key} = ${key}`].filter(
      (part): part is SQL => part !== undefined,
    ),
    sql` AND `,
  );
}

/**
 * Cash paid to each student through paid batches, as the batches added it up when paid
 * (allowances/paidTotals.ts). The cash policies as a list: joined instead, ten years of sums take three times as long.
 */
const PAID_PER_STUDENT = sql`
  SELECT t.student_id, sum(t.amount_fen) AS fen FROM allowance_paid_totals t
  WHERE t.policy_id IN (SELECT id FROM allowance_policies WHERE kind = 'cash')
  GROUP BY t.student_id`;

export interface RegisterCounts {
  key: number;
  label: string;
  intake: number;
  withdrawn: number;
  paidFen: number;
}

/**
 * Per group, in one pass over the register: everyone ever enrolled, those who left without
 * finishing (退学/流失 is where they stand now: nobody comes back after leaving), and the cash paid to them.
 */
export function registerCounts(db: Db, grouping: Grouping, projectId: number | null): RegisterCounts[] {
  const g = GROUPS[grouping];
  return db.all<RegisterCounts>(sql`
    SELECT ${g.key} AS key, ${g.label} AS label, count(*) AS intake, sum(s.status = 'withdrawn') AS withdrawn, coalesce(sum(m.fen), 0) AS paidFen
    FROM ${REGISTER} LEFT JOIN (${PAID_PER_STUDENT}) m ON m.student_id = s.id
    WHERE ${studentsIn(grouping, projectId, null)}
    GROUP BY ${g.key}
    ORDER BY ${g.order}`);
}
