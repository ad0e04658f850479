import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { chinaToday } from '../../../contract/dates';
import { OUTCOME_STUDENTS_MAX, type OutcomeFilters, type OutcomeSet, type OutcomeStudent } from '../../../contract/outcomes';
import { deriveDestination, type Destination } from '../../../contract/placements';
import { byClass } from '../../classOrder';
import type { SessionUser } from '../../rpc/context';
import { dropoutPart, staysOf, yearsOf } from './dropout';
import { graduateFacts, yearOf } from './facts';
import { setsOf } from './figures';
import { GROUP_KEY } from './stats';

type Row = Omit<OutcomeStudent, 'destination'> & { destination: Destination | null; province: string | null; homeProvince: string };

const names = new Intl.Collator('zh-CN');

/** The students behind a figure, class by class, as the lists of the register show them; at most OUTCOME_STUDENTS_MAX. */
function studentsOf(db: Db, ids: number[]): { rows: OutcomeStudent[]; total: number } {
  const rows = db.all<Row>(sql`
    SELECT s.id, s.name, c.name AS className, pr.name AS projectName, co.name AS cohortName, m.name AS majorName, s.status,
      s.status_date AS statusDate, p.outcome, cp.name AS companyName, coalesce(p.city, '') AS city, p.province, p.destination,
      s.home_province AS homeProvince, p.monthly_salary_fen AS monthlySalaryFen
    FROM students s
    JOIN projects pr ON pr.id = s.project_id
    JOIN cohorts co ON co.id = s.cohort_id
    LEFT JOIN classes c ON c.id = s.class_id
    LEFT JOIN majors m ON m.id = s.major_id
    LEFT JOIN placements p ON p.student_id = s.id
    LEFT JOIN companies cp ON cp.id = p.company_id
    WHERE s.id IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`);
  rows.sort((a, b) => byClass(a, b) || names.compare(a.name, b.name));
  return {
    total: rows.length,
    rows: rows.slice(0, OUTCOME_STUDENTS_MAX).map(({ province, homeProvince, destination, ...row }) => ({
      ...row,
      destination: row.outcome === null ? null : (destination ?? deriveDestination(row.city, province ?? '', homeProvince)),
    })),
  };
}

/** The graduates counted in `set` (a figure or a base) in the group `key`, or in all groups. */
export function outcomeStudents(db: Db, user: SessionUser, filters: OutcomeFilters & { key: string | null; set: OutcomeSet }) {
  const keyOf = GROUP_KEY[filters.by];
  const ids = graduateFacts(db, user, filters)
    .filter((f) => (filters.key === null || keyOf(f) === filters.key) && setsOf(f).includes(filters.set))
    .map((f) => f.id);
  return studentsOf(db, ids);
}

/** Those counted in school in an academic year, or those of them who left in it. */
export function dropoutStudents(db: Db, user: SessionUser, projectId: number | null, academicYear: number, side: 'left' | 'inSchool', now: Date) {
  const current = yearOf(chinaToday(now));
  const ids: number[] = [];
  for (const stay of staysOf(db, user, projectId)) {
    const [from, to] = yearsOf(stay, current);
    if (academicYear < from || academicYear > to) continue;
    const part = dropoutPart(stay, academicYear);
    if (side === 'left' ? part.left : part.counted) ids.push(stay.id);
  }
  return studentsOf(db, ids);
}
