import type { CheckinPoint, WarningReason, WarningThresholds } from '../../contract/warnings';

/**
 * The term a month belongs to: the first runs September to January, the second February to
 * August (the academic year starts 1 September). 2025-10 → '2025-1', 2026-03 → '2025-2'.
 */
export function termOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m >= 9 ? `${y}-1` : m === 1 ? `${y - 1}-1` : `${y - 1}-2`;
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

  if (last) {
    const term = termOf(last.month);
    const before = points.filter((p) => termOf(p.month) < term);
    const previousTerm = before.length ? termOf(before.at(-1)!.month) : null;
    const thisTerm = Math.max(...points.filter((p) => termOf(p.month) === term).map((p) => p.failingCourses));
    const lastTerm = previousTerm ? Math.max(...before.filter((p) => termOf(p.month) === previousTerm).map((p) => p.failingCourses)) : null;
    if (lastTerm !== null && thisTerm > lastTerm)
      reasons.push({ rule: 'more_failing', months: [last.month], values: { now: thisTerm, before: lastTerm } });
  }

  const hardship = recent.filter((p) => p.moneyTrouble && p.familyEvent.trim() !== '');
  if (hardship.length) reasons.push({ rule: 'money_and_family', months: hardship.map((p) => p.month), values: { event: hardship.at(-1)!.familyEvent } });

  const logged = new Set(points.map((p) => p.month));
  const window = expected.slice(-3);
  const missed = window.filter((m) => !logged.has(m));
  if (missed.length >= t.missedMonths) reasons.push({ rule: 'missed', months: missed });
  return reasons;
}
