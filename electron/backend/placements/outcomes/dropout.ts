import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { chinaToday } from '../../../contract/dates';
import type { DropoutRow } from '../../../contract/outcomes';
import { academicYearOf, type StatusStep } from '../../../contract/schoolMonths';
import { statusSteps } from '../../checkins/expected';
import type { SessionUser } from '../../rpc/context';
import { reach } from './facts';

const IN_SCHOOL = new Set(['enrolled', 'suspended']);
export const yearOf = (day: string) => academicYearOf(day.slice(0, 7));

/**
 * Where one student stands in academic year `year` (1 September to 31 August): counted when in
 * school (在读 or 休学) as it began or enrolled during it; left when they withdrew (退学/流失) in it.
 */
export function dropoutPart(steps: readonly StatusStep[], year: number): { counted: boolean; left: boolean } {
  const start = `${year}-09-01`;
  const end = `${year + 1}-08-31`;
  let before: StatusStep | undefined;
  for (const step of steps) if (step.date < start) before = step;
  const counted = (before !== undefined && IN_SCHOOL.has(before.toStatus)) || (steps[0].date >= start && steps[0].date <= end);
  return { counted, left: counted && steps.some((s) => s.toStatus === 'withdrawn' && s.date >= start && s.date <= end) };
}

/** Each reached student's status history, from the first enrolment on. */
export const historiesOf = (db: Db, user: SessionUser, projectId: number | null): Map<number, StatusStep[]> =>
  statusSteps(db, sql`(SELECT s.id FROM students s WHERE ${reach(user, projectId)})`);

/** The academic years a history spans, from its enrolment to its leaving (or to this year). */
export function yearsOf(steps: readonly StatusStep[], current: number): [number, number] {
  const last = steps[steps.length - 1];
  return [yearOf(steps[0].date), IN_SCHOOL.has(last.toStatus) ? current : Math.min(current, yearOf(last.date))];
}

/** 流失率 year by year, oldest first, over the years anyone reached was in school. */
export function dropoutRows(db: Db, user: SessionUser, projectId: number | null, now: Date): DropoutRow[] {
  const current = yearOf(chinaToday(now));
  const rows = new Map<number, DropoutRow>();
  for (const steps of historiesOf(db, user, projectId).values()) {
    const [from, to] = yearsOf(steps, current);
    for (let year = from; year <= to; year++) {
      const { counted, left } = dropoutPart(steps, year);
      if (!counted) continue;
      const row = rows.get(year) ?? { academicYear: year, inSchool: 0, left: 0, current: year === current };
      rows.set(year, row);
      row.inSchool++;
      if (left) row.left++;
    }
  }
  return [...rows.values()].sort((a, b) => a.academicYear - b.academicYear);
}
