import { z } from 'zod';
import { method } from './define';
import { requiredText, text } from './fields';
import { dashboardTargets, DEFAULT_TARGETS } from './reportingDashboard';
import { ALL_ROLES } from './roles';
import { DEFAULT_WARNING_THRESHOLDS, warningThresholds } from './warnings';

export const settingsFields = z.object({
  schoolName: requiredText(100),
  /**
   * Months (1–12) that count as "in school" for monitoring and the living allowance;
   * the academic year starts in September.
   */
  inSchoolMonths: z
    .array(z.number().int().min(1).max(12))
    .min(1, 'months_empty')
    .transform((ms) => [...new Set(ms)].sort((a, b) => a - b)),
  /** when the early warning flags a student (预警) */
  warningThresholds,
  /** How many days after logging a check-in its author may still edit it; later, only office or admin, with a reason. */
  checkinEditDays: z.number('required').int('invalid_value').min(1, 'edit_days_range').max(365, 'edit_days_range'),
  /** whether an allowance batch is checked (复核) by a second person between 提交 and 审批 */
  allowanceReviewStep: z.boolean(),
  /** months after a graduate starts work when the school follows up (跟踪回访) */
  followUpMonths: z
    .array(z.number().int().min(1).max(36))
    .min(1, 'months_empty')
    .transform((ms) => [...new Set(ms)].sort((a, b) => a - b)),
  /** what the leader dashboard (领导看板) compares its figures with */
  targets: dashboardTargets,
});
export type Settings = z.output<typeof settingsFields>;

/** As stored: the school name is empty until first-run setup (or an older release) saved one. */
export const storedSettings = settingsFields.extend({ schoolName: text(100) });

export const DEFAULT_SETTINGS: Settings = {
  schoolName: '',
  inSchoolMonths: [1, 3, 4, 5, 6, 9, 10, 11, 12],
  checkinEditDays: 30,
  allowanceReviewStep: true,
  followUpMonths: [3, 6, 12],
  warningThresholds: DEFAULT_WARNING_THRESHOLDS,
  targets: DEFAULT_TARGETS,
};

export const settingsMethods = {
  'settings.get': method<Settings>()({ input: z.object({}), roles: ALL_ROLES, write: false }),
  'settings.update': method<Settings>()({ input: settingsFields, roles: ['admin'], write: true, affects: ['settings', 'auth'] }),
};
