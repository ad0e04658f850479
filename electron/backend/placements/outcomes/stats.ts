import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import type { OutcomeFilters, OutcomeGrouping, OutcomeRow, OutcomeStats } from '../../../contract/outcomes';
import type { SessionUser } from '../../rpc/context';
import { graduateFacts, graduationYearOf, reach, type GraduateFact } from './facts';
import { figuresOf } from './figures';

/** The group a graduate is counted in. */
export const GROUP_KEY: Record<OutcomeGrouping, (f: GraduateFact) => string> = {
  graduationYear: (f) => String(graduationYearOf(f.graduatedOn)),
  project: (f) => String(f.projectId),
  cohort: (f) => String(f.cohortId),
  major: (f) => (f.majorId === null ? '' : String(f.majorId)),
};

/** The register's groups among the students reached, in the order the other statistics use; '' = no major. */
const REGISTER_GROUPS: Record<Exclude<OutcomeGrouping, 'graduationYear'>, { key: string; label: string; join: string; order: string }> = {
  project: { key: 'pr.id', label: 'pr.name', join: 'JOIN projects pr ON pr.id = s.project_id', order: 'pr.name' },
  cohort: {
    key: 'co.id',
    label: "pr.name || ' ' || co.name",
    join: 'JOIN cohorts co ON co.id = s.cohort_id JOIN projects pr ON pr.id = co.project_id',
    order: 'pr.name, co.intake_year',
  },
  major: { key: "coalesce(m.id, '')", label: "coalesce(m.name, '')", join: 'LEFT JOIN majors m ON m.id = s.major_id', order: "m.id IS NULL, m.name" },
};

type Group = { key: string; label: string };

/**
 * The rows the table shows. Over all years, every project, cohort or major with students (a cohort
 * with no graduates yet shows as such); for one year, only the groups that have its graduates.
 */
function groupsOf(db: Db, user: SessionUser, { by, year, projectId }: OutcomeFilters, facts: readonly GraduateFact[]): Group[] {
  if (by === 'graduationYear') {
    const years = [...new Set(facts.map(GROUP_KEY.graduationYear))].sort();
    return years.map((y) => ({ key: y, label: y }));
  }
  const g = REGISTER_GROUPS[by];
  const groups = db.all<Group>(sql`
    SELECT DISTINCT CAST(${sql.raw(g.key)} AS TEXT) AS key, ${sql.raw(g.label)} AS label FROM students s ${sql.raw(g.join)}
    WHERE ${reach(user, projectId)} ORDER BY ${sql.raw(g.order)}`);
  if (year === null) return groups;
  const present = new Set(facts.map(GROUP_KEY[by]));
  return groups.filter((group) => present.has(group.key));
}

export function outcomeStats(db: Db, user: SessionUser, filters: OutcomeFilters): OutcomeStats {
  const facts = graduateFacts(db, user, filters);
  const keyOf = GROUP_KEY[filters.by];
  const buckets = new Map<string, GraduateFact[]>();
  for (const f of facts) {
    const key = keyOf(f);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(f);
    else buckets.set(key, [f]);
  }
  const rows: OutcomeRow[] = groupsOf(db, user, filters, facts).map(({ key, label }) => ({ key, label, ...figuresOf(buckets.get(key) ?? []) }));
  return { by: filters.by, rows, total: figuresOf(facts) };
}
