import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import type { OutcomeFilters } from '../../../contract/outcomes';
import type { Outcome } from '../../../contract/placements';
import { academicYearOf } from '../../../contract/schoolMonths';
import { reachesOwnStudentsOnly } from '../../access';
import type { SessionUser } from '../../rpc/context';

/** What the statistics need of one graduate: who, where in the register, and what their placement and follow-ups say. */
export interface GraduateFact {
  id: number;
  graduatedOn: string;
  projectId: number;
  cohortId: number;
  majorId: number | null;
  homeProvince: string;
  outcome: Outcome | null;
  related: number | null;
  insured: number | null;
  channel: string | null;
  province: string | null;
  city: string | null;
  destination: string | null;
  salaryFen: number | null;
  /** still employed at the 6- and 12-month follow-ups (1/0), null when not asked */
  still6: number | null;
  still12: number | null;
}

/** The academic year a day falls in, by the year it starts in (2023 for 2024-03-01). */
export const yearOf = (day: string): number => academicYearOf(day.slice(0, 7));

/** 2024届: those who graduated in the academic year ending in 2024. */
export const graduationYearOf = (day: string): number => yearOf(day) + 1;

/** The students `user` reaches, of one project or all (over `s`, the students table). */
export function reach(user: SessionUser, projectId: number | null): SQL {
  return sql.join(
    [sql`1`, reachesOwnStudentsOnly(user) ? sql`s.counsellor_id = ${user.id}` : undefined, projectId === null ? undefined : sql`s.project_id = ${projectId}`].filter(
      (part): part is SQL => part !== undefined,
    ),
    sql` AND `,
  );
}

/**
 * Every graduate (毕业 or 结业) the filters pick, with their placement and the 6- and 12-month
 * follow-ups, in one query: the figures are counted over these in memory.
 */
export function graduateFacts(db: Db, user: SessionUser, { year, projectId }: Pick<OutcomeFilters, 'year' | 'projectId'>): GraduateFact[] {
  const within = year === null ? sql`1` : sql`s.status_date BETWEEN ${`${year - 1}-09-01`} AND ${`${year}-08-31`}`;
  return db.all<GraduateFact>(sql`
    SELECT s.id, s.status_date AS graduatedOn, s.project_id AS projectId, s.cohort_id AS cohortId, s.major_id AS majorId,
      s.home_province AS homeProvince, p.outcome, p.related_to_major AS related, p.social_insurance AS insured, p.channel,
      p.province, p.city, p.destination, p.monthly_salary_fen AS salaryFen, f6.still_employed AS still6, f12.still_employed AS still12
    FROM students s
    LEFT JOIN placements p ON p.student_id = s.id
    LEFT JOIN placement_follow_ups f6 ON f6.placement_id = p.id AND f6.point = 6
    LEFT JOIN placement_follow_ups f12 ON f12.placement_id = p.id AND f12.point = 12
    WHERE s.status IN ('graduated', 'completed') AND ${reach(user, projectId)} AND ${within}`);
}
