import { z } from 'zod';
import type { Risk } from './checkins';
import { method } from './define';
import { id, requiredText } from './fields';
import type { Role } from './roles';

/**
 * 预警: a dropout-risk flag from the trend of a student's check-ins, not only the last form. Each
 * rule that fires says why, with the months it read; the thresholds are the school's settings.
 */
export const WARNING_RULES = ['high_now', 'watch_twice', 'attendance_low', 'attendance_falling', 'more_failing', 'money_and_family', 'missed'] as const;
export type WarningRule = (typeof WARNING_RULES)[number];

export const warningThresholds = z.object({
  /** attendance (%) under this in the latest check-in */
  attendanceBelow: z.number('required').int('invalid_value').min(0, 'invalid_value').max(100, 'invalid_value'),
  /** attendance fallen by at least this many points over the last three check-ins */
  attendanceDrop: z.number('required').int('invalid_value').min(1, 'invalid_value').max(100, 'invalid_value'),
  /** at least this many months without a check-in among the last three the student was expected */
  missedMonths: z.number('required').int('invalid_value').min(1, 'invalid_value').max(3, 'invalid_value'),
});
export type WarningThresholds = z.output<typeof warningThresholds>;

export const DEFAULT_WARNING_THRESHOLDS: WarningThresholds = { attendanceBelow: 80, attendanceDrop: 15, missedMonths: 2 };

/** What one rule found: the months it read and the figures that crossed the line. */
export interface WarningReason {
  rule: WarningRule;
  months: string[];
  /** e.g. { from: 95, to: 70 } for falling attendance */
  values?: Record<string, number | string>;
}

/** One check-in as the rules read it. */
export interface CheckinPoint {
  month: string;
  risk: Risk;
  attendancePct: number | null;
  failingCourses: number;
  moneyTrouble: boolean;
  familyEvent: string;
}

/** A student flagged now, and whether the office has reviewed these very reasons. */
export interface Warning {
  studentId: number;
  name: string;
  className: string | null;
  counsellorName: string | null;
  reasons: WarningReason[];
  /** identifies the reasons a review covers */
  reasonsKey: string;
  review: { note: string; by: string | null; at: string } | null;
}

/** The office reviews flags; counsellors see their own students' flags; leaders read. */
const REVIEWERS: readonly Role[] = ['admin', 'office'];
const READERS: readonly Role[] = [...REVIEWERS, 'counsellor', 'viewer'];

export const warningsMethods = {
  /** The students in school flagged as of this month, unreviewed first. */
  'checkins.warnings': method<Warning[]>()({ input: z.object({}), roles: READERS, write: false }),
  'checkins.reviewWarning': method<{ ok: true }>()({
    input: z.object({ studentId: id, reasonsKey: requiredText(2000), note: requiredText(500) }),
    roles: REVIEWERS,
    write: true,
    affects: ['checkins'],
  }),
};
