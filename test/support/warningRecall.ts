import type Database from 'better-sqlite3';
import { previousTermStart, warningReasons } from '../../electron/backend/checkins/warningRules';
import { DEFAULT_SETTINGS } from '../../electron/contract/settings';
import { addMonths, monthOf, schoolMonths, type StatusStep } from '../../electron/contract/schoolMonths';
import type { StudentStatus } from '../../electron/contract/students';
import type { CheckinPoint } from '../../electron/contract/warnings';
import { byStudent } from './byStudent';

/** How many months before the month a student left their flag counts as a warning in time. */
export const LEAD_MONTHS = 3;

type Row = CheckinPoint & { studentId: number };


/**
 * Whether 预警 saw it coming: for each student who withdrew, whether the scan, run at the end of
 * one of the LEAD_MONTHS months before the month they left, would have flagged them (their
 * check-ins and expected months up to then, the default thresholds, the rules the backend runs).
 * For scale, `control`: the same question for the students still in school, at the end of each
 * of the LEAD_MONTHS months before last month.
 */
export function warningRecall(sqlite: Database.Database, asOf: string) {
  const { inSchoolMonths: calendar, warningThresholds } = DEFAULT_SETTINGS;
  const students = sqlite.prepare(`SELECT id, status, status_date AS statusDate FROM students WHERE status IN ('withdrawn', 'enrolled')`).all() as {
    id: number;
    status: StudentStatus;
    statusDate: string;
  }[];
  const steps = byStudent(
    sqlite.prepare('SELECT student_id AS studentId, to_status AS toStatus, date FROM student_status_events WHERE voided_at IS NULL ORDER BY student_id, date, id').all() as ({ studentId: number } & StatusStep)[],
    ({ toStatus, date }) => ({ toStatus, date }),
  );
  const points = byStudent(
    sqlite
      .prepare('SELECT student_id AS studentId, month, risk, attendance_pct AS attendancePct, failing_courses AS failingCourses, money_trouble AS moneyTrouble, family_event AS familyEvent FROM checkins ORDER BY student_id, month')
      .all() as Row[],
    ({ studentId: _, ...c }): CheckinPoint => ({ ...c, moneyTrouble: Boolean(c.moneyTrouble) }),
  );

  /** Flagged by a scan at the end of month `k`? */
  const flaggedAt = (id: number, k: string) => {
    const seen = (points.get(id) ?? []).filter((p) => p.month <= k && p.month >= previousTermStart(k));
    const expected = schoolMonths(steps.get(id) ?? [], calendar, addMonths(k, -5), k);
    return warningReasons(seen, expected, warningThresholds).length > 0;
  };
  const flaggedBefore = (id: number, month: string) =>
    Array.from({ length: LEAD_MONTHS }, (_, i) => addMonths(month, -1 - i)).some((k) => flaggedAt(id, k));
  const share = (group: typeof students, month: (s: (typeof students)[number]) => string) => {
    const flagged = group.filter((s) => flaggedBefore(s.id, month(s))).length;
    return { students: group.length, flagged, share: group.length ? flagged / group.length : 0 };
  };
  return {
    withdrawn: share(students.filter((s) => s.status === 'withdrawn'), (s) => monthOf(s.statusDate)),
    control: share(students.filter((s) => s.status === 'enrolled'), () => addMonths(monthOf(asOf), -1)),
  };
}
