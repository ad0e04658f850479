import { sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { percentOf } from '../../../contract/outcomes';
import {
  DASHBOARD_MONTHS,
  DASHBOARD_YEARS,
  markOf,
  targetInForce,
  type EmploymentYear,
  type LeaderDashboard,
} from '../../../contract/reportingDashboard';
import { addMonths, monthOf } from '../../../contract/schoolMonths';
import { currentMonth } from '../../checkins/months';
import { scanWarnings } from '../../checkins/warnings';
import { outcomeStats } from '../../placements/outcomes/stats';
import type { SessionUser } from '../../rpc/context';
import { readSettings } from '../../settings/store';
import { periodOf } from '../facts';
import { coverageMonths } from './coverage';
import { paidCounts, registerCounts } from './figures';

/**
 * 领导看板 for a year: as of today, or of 31 December once the year is over (the 进展情况表's report
 * date). Every figure comes from the statistic that owns it, so it matches that page to the student.
 */
export function leaderDashboard(db: Db, user: SessionUser, year: number, now: Date): LeaderDashboard {
  const period = periodOf({ year, from: null, to: null }, now);
  const targets = readSettings(db).targets;

  const stats = outcomeStats(db, user, { by: 'graduationYear', year: null, projectId: null });
  const byYear = new Map(stats.rows.map((r) => [Number(r.key), r.figures]));
  const pointOf = (y: number): EmploymentYear => {
    const graduates = byYear.get(y)?.graduates.n ?? 0;
    const employed = byYear.get(y)?.employed.n ?? 0;
    return { year: y, graduates, employed, rate: percentOf(employed, graduates) };
  };
  const employment = pointOf(year);
  const employmentByYear = Array.from({ length: DASHBOARD_YEARS }, (_, i) => pointOf(year - DASHBOARD_YEARS + 1 + i));

  const month = monthOf(period.to);
  const coverageByMonth = coverageMonths(db, user, addMonths(month, 1 - DASHBOARD_MONTHS), month);
  const thisMonth = coverageByMonth.at(-1)!;
  const coverageTarget = targets.coverage === null ? null : { year: null, percent: targets.coverage };

  const first = db.get<{ first: string | null }>(sql`SELECT min(enrolment_date) AS first FROM students`)?.first;
  return {
    year,
    asOf: period.to,
    firstYear: first ? Number(first.slice(0, 4)) : year,
    employment: { ...employment, unrecorded: byYear.get(year)?.unrecorded.n ?? 0, mark: markOf(employment.rate, targetInForce(targets.employment, year)) },
    coverage: { ...thisMonth, mark: markOf(thisMonth.coverage, coverageTarget, month >= currentMonth(now)) },
    atRisk: scanWarnings(db, user, now).filter((w) => w.review === null).length,
    ...paidCounts(db, period),
    ...registerCounts(db, period),
    employmentByYear,
    coverageByMonth,
  };
}
