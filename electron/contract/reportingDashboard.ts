import { z } from 'zod';
import type { CoverageMonth } from './coverage';
import { method } from './define';
import type { Role } from './roles';

/**
 * 领导看板: a year's key figures beside the school's targets, read-only. Each figure is another
 * statistic's own (就业统计, 覆盖情况, 预警, the 进展情况表), so the dashboard never counts differently.
 */

/** A target in per cent, to one decimal (96, 97.5). */
const targetPercent = z
  .number('required')
  .min(0, 'target_percent_range')
  .max(100, 'target_percent_range')
  .refine((v) => Math.abs(v * 10 - Math.round(v * 10)) < 1e-9, 'target_percent_range');

/**
 * The targets in settings: 首次就业率 set for some years (Guangdong's plan: 96% for 2025, 98% for
 * 2027), one a year, kept in year order; and an optional check-in coverage for every month.
 */
export const dashboardTargets = z.object({
  employment: z
    .array(
      z.object({
        year: z.number('required').int('target_year_range').min(2000, 'target_year_range').max(2100, 'target_year_range'),
        percent: targetPercent,
      }),
    )
    .max(50)
    .superRefine((rows, ctx) => {
      rows.forEach((row, i) => {
        if (rows.findIndex((r) => r.year === row.year) < i) ctx.addIssue({ code: 'custom', message: 'target_year_duplicate', path: [i, 'year'] });
      });
    })
    .transform((rows) => [...rows].sort((a, b) => a.year - b.year)),
  coverage: targetPercent.nullable(),
});
export type DashboardTargets = z.output<typeof dashboardTargets>;

/** A fresh install invents no targets. */
export const DEFAULT_TARGETS: DashboardTargets = { employment: [], coverage: null };

/** The employment target for `year`: the one set for the latest year up to it (set for 2025, it holds in 2026); none before the first. */
export function targetInForce(targets: DashboardTargets['employment'], year: number): { year: number; percent: number } | null {
  return targets.filter((t) => t.year <= year).at(-1) ?? null;
}

/**
 * A figure against its target: null `percent` when none is set; `met` null when either is missing,
 * or while the figure's period is still running (`pending`) and it has not reached the target yet.
 */
export interface TargetMark {
  percent: number | null;
  /** the year the employment target was set for (null for coverage's single target) */
  year: number | null;
  met: boolean | null;
  /** below the target while its month is not over (counsellors may still log check-ins): no miss yet */
  pending: boolean;
}

/** Whether a rate (as shown: one decimal) reaches a target; `running` while its period is not over. */
export function markOf(rate: number | null, target: { year: number | null; percent: number } | null, running = false): TargetMark {
  const below = rate !== null && target !== null && rate < target.percent;
  return {
    percent: target?.percent ?? null,
    year: target?.year ?? null,
    met: rate === null || target === null || (below && running) ? null : !below,
    pending: below && running,
  };
}

/** The years of graduates the employment chart shows, the year chosen last. */
export const DASHBOARD_YEARS = 8;
/** The months of coverage the chart shows, up to the figures' month. */
export const DASHBOARD_MONTHS = 12;

export interface EmploymentYear {
  /** 届: graduated from 1 September of the year before to 31 August */
  year: number;
  graduates: number;
  /** 就业(含升学) */
  employed: number;
  /** per cent to one decimal; null without graduates */
  rate: number | null;
}

export interface LeaderDashboard {
  year: number;
  /** the day the figures are as of: today, or 31 December of a year that is over */
  asOf: string;
  /** the year of the earliest enrolment: the first a user may pick */
  firstYear: number;
  /** 就业率(含升学) of the year's graduates (届), as the outcome statistics count it */
  employment: EmploymentYear & { unrecorded: number; mark: TargetMark };
  /** the check-ins of the figures' month: this month, or December of a year that is over */
  coverage: CoverageMonth & { mark: TargetMark };
  /** students flagged by 预警 now and not yet reviewed (whatever the year chosen) */
  atRisk: number;
  /** cash paid in the year to the figures' date, by the day paid, reversals taken off (the 进展情况表's 资助金额) */
  paidFen: number;
  /** students with a payment (not a reversal) among those lines */
  paidStudents: number;
  /** 在校生 at the figures' date, 新招 and 流失 in the year (the 进展情况表's figures) */
  inSchool: number;
  newStudents: number;
  withdrawn: number;
  employmentByYear: EmploymentYear[];
  coverageByMonth: CoverageMonth[];
  /** the year's months to the figures' date, each with the cash paid in it */
  paidByMonth: { month: string; paidFen: number }[];
}

export const dashboardInput = z.object({ year: z.number().int().min(2000).max(2100) });

/** Leaders, and the office who set the targets; not finance or counsellors. */
const READERS: readonly Role[] = ['admin', 'office', 'viewer'];

export const reportingDashboardMethods = {
  'reports.dashboard': method<LeaderDashboard>()({ input: dashboardInput, roles: READERS, write: false }),
};
