import type { POLICY_PERIODS } from './allowancePolicies';
import { isRealIsoDate } from './dates';
import { academicYearOf, monthsBetween, termOf } from './schoolMonths';

type PolicyPeriod = (typeof POLICY_PERIODS)[number];

/** What a batch's period covers: its months, the academic year its caps count in, and its first day. */
export interface PeriodSpan {
  months: string[];
  /** by the year it begins: 2026 is 1 September 2026 to 31 August 2027 */
  academicYear: number;
  start: string;
}

/**
 * A period as a batch names it, by the policy's period: YYYY-MM (monthly), YYYY-1 or YYYY-2 (the
 * first term, September to January, or the second, February to August, of the academic year
 * beginning in YYYY), YYYY (that academic year), or the day (one-off). Null when it is not one.
 */
export function periodSpan(kind: PolicyPeriod, period: string): PeriodSpan | null {
  const span = (first: string, last: string, start = `${first}-01`): PeriodSpan => ({ months: monthsBetween(first, last), academicYear: academicYearOf(first), start });
  if (kind === 'monthly') return /^\d{4}-(0[1-9]|1[0-2])$/.test(period) ? span(period, period) : null;
  if (kind === 'once') return /^\d{4}-\d{2}-\d{2}$/.test(period) && isRealIsoDate(period) ? span(period.slice(0, 7), period.slice(0, 7), period) : null;
  const m = /^(\d{4})(?:-([12]))?$/.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (kind === 'year') return m[2] ? null : span(`${year}-09`, `${year + 1}-08`);
  if (!m[2]) return null;
  return m[2] === '1' ? span(`${year}-09`, `${year + 1}-01`) : span(`${year + 1}-02`, `${year + 1}-08`);
}

/** The period a batch made on `day` would most likely pay: this month, this term, this academic year, today. */
export function currentPeriod(kind: PolicyPeriod, day: string): string {
  const month = day.slice(0, 7);
  if (kind === 'monthly') return month;
  if (kind === 'once') return day;
  return kind === 'year' ? String(academicYearOf(month)) : termOf(month);
}
