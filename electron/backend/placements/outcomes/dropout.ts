import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { chinaToday } from '../../../contract/dates';
import type { DropoutRow } from '../../../contract/outcomes';
import type { StudentStatus } from '../../../contract/students';
import type { SessionUser } from '../../rpc/context';
import { reach, yearOf } from './facts';

/**
 * A student's time at the school: from enrolment to leaving (退学/流失, 毕业 or 结业), or on. A leave
 * (休学) keeps them on the roll, and nobody comes back after leaving, so these two dates say all the
 * status history says about who was in school when.
 */
export interface Stay {
  id: number;
  enrolled: string;
  status: StudentStatus;
  statusDate: string;
}

const LEFT = new Set<StudentStatus>(['withdrawn', 'graduated', 'completed']);
const leftOn = (stay: Stay): string | null => (LEFT.has(stay.status) ? stay.statusDate : null);

/**
 * Where one student stands in academic year `year` (1 September to 31 August): counted when in
 * school (在读 or 休学) as it began or enrolled during it; left when they withdrew (退学/流失) in it.
 */
export function dropoutPart(stay: Stay, year: number): { counted: boolean; left: boolean } {
  const start = `${year}-09-01`;
  const end = `${year + 1}-08-31`;
  const until = leftOn(stay);
  const counted = stay.enrolled <= end && (until === null || until >= start);
  return { counted, left: counted && stay.status === 'withdrawn' && until! <= end };
}

/** The students reached, of one project or all, with when they came and went. */
export const staysOf = (db: Db, user: SessionUser, projectId: number | null): Stay[] =>
  db.all<Stay>(sql`SELECT s.id, s.enrolment_date AS enrolled, s.status, s.status_date AS statusDate FROM students s WHERE ${reach(user, projectId)}`);

/** The academic years a stay spans, from its enrolment to its leaving (or to this year). */
export function yearsOf(stay: Stay, current: number): [number, number] {
  const until = leftOn(stay);
  return [yearOf(stay.enrolled), until === null ? current : Math.min(current, yearOf(until))];
}

/** 流失率 year by year, oldest first, over the years anyone reached was in school. */
export function dropoutRows(db: Db, user: SessionUser, projectId: number | null, now: Date): DropoutRow[] {
  const current = yearOf(chinaToday(now));
  const rows = new Map<number, DropoutRow>();
  for (const stay of staysOf(db, user, projectId)) {
    const [from, to] = yearsOf(stay, current);
    for (let year = from; year <= to; year++) {
      const { counted, left } = dropoutPart(stay, year);
      if (!counted) continue;
      const row = rows.get(year) ?? { academicYear: year, inSchool: 0, left: 0, current: year === current };
      rows.set(year, row);
      row.inSchool++;
      if (left) row.left++;
    }
  }
  return [...rows.values()].sort((a, b) => a.academicYear - b.academicYear);
}
