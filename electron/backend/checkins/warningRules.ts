import { termIndex, termOf } from '../../contract/schoolMonths';
import type { CheckinPoint, WarningReason, WarningThresholds } from '../../contract/warnings';

/** The first month of the term before `month`'s: what the rules need to look back to. 2025-10 → 2025-02, 2026-03 → 2025-09. */
export function previousTermStart(month: string): string {
  const [year, half] = termOf(month).split('-').map(Number);
  return half === 1 ? `${year}-02` : `${year}-09`;
}

/**
 * Why a student may be about to drop out, from their check-ins (oldest first) and the months they
 * were expected one (oldest first, up to the month looked at). Empty: no flag.
 */
export function warningReasons(points: readonly CheckinPoint[], expected: readonly string[], t: WarningThresholds): WarningReason[] {
  const reasons: WarningReason[] = [];
  const last = points.at(-1);
  const recent = points.slice(-3);
  if (last?.risk === 'high') reasons.push({ rule: 'high_now', months: [last.month] });

  const [a, b] = points.slice(-2);
  if (a && b && a.risk === 'watch' && b.risk === 'watch') reasons.push({ rule: 'watch_twice', months: [a.month, b.month] });

  if (last?.attendancePct != null && last.attendancePct < t.attendanceBelow)
    reasons.push({ rule: 'attendance_low', months: [last.month], values: { attendance: last.attendancePct, below: t.attendanceBelow } });

  const measured = recent.filter((p) => p.attendancePct !== null);
  if (measured.length >= 2) {
    const from = measured[0].attendancePct!;
    const to = measured.at(-1)!.attendancePct!;
    if (from - to >= t.attendanceDrop)
      reasons.push({ rule: 'attendance_falling', months: measured.map((p) => p.month), values: { from, to } });
  }

  const failing = last && failingByTerm(points);
  if (failing && failing.now > failing.before)
    reasons.push({ rule: 'more_failing', months: [last.month], values: { now: failing.now, before: failing.before } });

  const hardship = recent.filter((p) => p.moneyTrouble && p.familyEvent.trim() !== '');
  if (hardship.length) reasons.push({ rule: 'money_and_family', months: hardship.map((p) => p.month), values: { event: hardship.at(-1)!.familyEvent } });

  const missed = expected.slice(-3).filter((m) => !points.some((p) => p.month === m));
  if (missed.length >= t.missedMonths) reasons.push({ rule: 'missed', months: missed });
  return reasons;
}

/**
 * The most failing courses logged in the last check-in's term and in the term before it that has
 * check-ins; null without one. Walks back from the last check-in: the scan runs this for every
 * student in school.
 */
function failingByTerm(points: readonly CheckinPoint[]): { now: number; before: number } | null {
  let i = points.length - 1;
  const most = (term: number) => {
    let n = 0;
    for (; i >= 0 && termIndex(points[i].month) === term; i--) n = Math.max(n, points[i].failingCourses);
    return n;
  };
  const now = most(termIndex(points[i].month));
  return i < 0 ? null : { now, before: most(termIndex(points[i].month)) };
}
