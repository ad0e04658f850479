import type { StudentStatus } from './students';

/**
 * Which months (YYYY-MM) a student counts as in school: the months check-ins are expected and may
 * be logged, and that the monthly living allowance pays. A month counts when the student was 在读
 * on at least one of its days (a student who leaves on 10 March was still seen in March) and the
 * school calendar has it as an in-school month (not the summer or winter break).
 */

/** One status change still in effect (voided ones left out), in the order they happened. */
export interface StatusStep {
  toStatus: StudentStatus;
  /** YYYY-MM-DD */
  date: string;
}

export const monthOf = (date: string) => date.slice(0, 7);

export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last day of a YYYY-MM month. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Every month from `from` to `to`, both included. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The stretches of time the student was 在读: [from month, to month], the last open when still in school. */
function inSchoolStretches(steps: readonly StatusStep[]): { from: string; to: string | null }[] {
  const stretches: { from: string; to: string | null }[] = [];
  for (const step of steps) {
    const open = stretches.at(-1);
    if (step.toStatus === 'enrolled') {
      if (!open || open.to !== null) stretches.push({ from: monthOf(step.date), to: null });
    } else if (open && open.to === null) {
      open.to = monthOf(step.date);
    }
  }
  return stretches;
}

/**
 * The months in [from, to] that count as in school. `calendar`: the school's in-school months
 * of the year (1–12), a setting.
 */
export function schoolMonths(steps: readonly StatusStep[], calendar: readonly number[], from: string, to: string): string[] {
  const inCalendar = new Set(calendar);
  const months = new Set<string>();
  for (const stretch of inSchoolStretches(steps)) {
    const first = stretch.from > from ? stretch.from : from;
    const last = stretch.to === null || stretch.to > to ? to : stretch.to;
    for (const m of first <= last ? monthsBetween(first, last) : []) if (inCalendar.has(Number(m.slice(5)))) months.add(m);
  }
  return [...months].sort();
}

/**
 * Why a student not in school by `month` was not: no step yet (not enrolled), or the latest step
 * by then put them on leave or out of school (that step, for its date and status).
 */
export function absence(steps: readonly StatusStep[], month: string): { why: 'not_enrolled' } | { why: 'on_leave' | 'left'; step: StatusStep } {
  const step = steps.filter((s) => monthOf(s.date) <= month).at(-1);
  if (!step) return { why: 'not_enrolled' };
  return { why: step.toStatus === 'suspended' ? 'on_leave' : 'left', step };
}

/** The academic year a month belongs to, by the year it begins (1 September): 2026-03 → 2025. */
export const academicYearOf = (month: string): number => Number(month.slice(0, 4)) - (Number(month.slice(5, 7)) < 9 ? 1 : 0);

/**
 * A month's term as a number that orders terms (2025-1 → 4050, 2025-2 → 4051): the first term
 * runs September to January, the second February to August. The 预警 scan compares thousands of
 * these, so no string is built.
 */
export function termIndex(month: string): number {
  const m = Number(month.slice(5, 7));
  return academicYearOf(month) * 2 + (m >= 9 || m === 1 ? 0 : 1);
}

/** The term as people and batch periods write it: 2025-10 → '2025-1', 2026-03 → '2025-2'. */
export function termOf(month: string): string {
  const n = termIndex(month);
  return `${Math.floor(n / 2)}-${(n % 2) + 1}`;
}
