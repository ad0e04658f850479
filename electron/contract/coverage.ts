import { z } from 'zod';
import { checkinsMethods, HELP_KINDS, RISKS, type Risk } from './checkins';
import { method } from './define';
import type { ExportFile } from './export';
import { id, yearMonth } from './fields';

/**
 * 覆盖情况 and 月度监测汇总: how many of the students in school each month have a check-in, who
 * misses months, and a month's figures per counsellor and class. Whoever reads check-ins reads
 * these, each over the students they reach (a counsellor their own).
 */
const READERS = checkinsMethods['checkins.month'].roles;

/** The longest range the coverage table covers: two school years. */
export const COVERAGE_MAX_MONTHS = 24;

/** Students in school (expected a check-in) and checked; coverage in percent, one decimal, null when nobody was expected. */
export interface CoverageFigures {
  expected: number;
  checked: number;
  coverage: number | null;
}

/** Coverage in percent with one decimal, as the tables show it; null when nobody was expected. */
export const coverageOf = (checked: number, expected: number): number | null => (expected ? Math.round((checked / expected) * 1000) / 10 : null);

export const figures = (expected: number, checked: number): CoverageFigures => ({ expected, checked, coverage: coverageOf(checked, expected) });

export interface CoverageMonth extends CoverageFigures {
  month: string;
}

/** A counsellor's or a class's figures; id and name null for students without one. */
export interface CoverageGroup extends CoverageFigures {
  id: number | null;
  name: string | null;
}

export interface Coverage {
  from: string;
  to: string;
  months: CoverageMonth[];
  /** for the range's last month */
  byCounsellor: CoverageGroup[];
  byClass: CoverageGroup[];
}

/** A student with months expected, over and without a check-in. */
export interface OverdueRow {
  studentId: number;
  name: string;
  studentNo: string | null;
  classId: number | null;
  className: string | null;
  counsellorId: number | null;
  counsellorName: string | null;
  projectId: number;
  projectName: string;
  /** oldest first: the first is the form to open */
  missing: string[];
}

export interface Overdue {
  from: string;
  to: string;
  rows: OverdueRow[];
}

export type HelpCounts = Record<(typeof HELP_KINDS)[number], number>;

/** A student 关注 or 高风险 in the month, with what their check-in said. */
export interface AtRiskStudent {
  studentId: number;
  name: string;
  risk: Exclude<Risk, 'normal'>;
  attendancePct: number | null;
  failingCourses: number;
  moneyTrouble: boolean;
  familyEvent: string;
}

/** One class of one counsellor in the month. */
export interface SummaryGroup extends CoverageFigures {
  counsellorId: number | null;
  counsellorName: string | null;
  classId: number | null;
  className: string | null;
  risks: Record<Risk, number>;
  help: HelpCounts;
  atRisk: AtRiskStudent[];
}

export type SummaryCounts = Pick<SummaryGroup, 'expected' | 'checked' | 'coverage' | 'risks' | 'help'>;

export interface Summary {
  month: string;
  /** by counsellor, then class */
  groups: SummaryGroup[];
  total: SummaryCounts;
}

const zeroes = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Groups' counts added up: a counsellor's classes, the whole school; none: all nought. */
export function sumCounts(parts: readonly Omit<SummaryCounts, 'coverage'>[]): SummaryCounts {
  const risks = zeroes(RISKS);
  const help = zeroes(HELP_KINDS);
  let expected = 0;
  let checked = 0;
  for (const part of parts) {
    expected += part.expected;
    checked += part.checked;
    for (const r of RISKS) risks[r] += part.risks[r];
    for (const h of HELP_KINDS) help[h] += part.help[h];
  }
  return { ...figures(expected, checked), risks, help };
}

/** A range of months; the backend says at `to` or `from` what is wrong with it (order, length, a month to come). */
export const monthRange = z.object({ from: yearMonth, to: yearMonth });
/** Left out: the school year so far (from 1 September to last month). */
export const overdueRange = z.object({ from: yearMonth.nullable().default(null), to: yearMonth.nullable().default(null) });

/** The students behind a month's figure: 应填 (expected), 已填 (checked), or 应填 without a check-in (missing). */
export const COVERAGE_SIDES = ['expected', 'checked', 'missing'] as const;
export type CoverageSide = (typeof COVERAGE_SIDES)[number];

/** The most students the drawer lists; the export holds them all. */
export const COVERAGE_STUDENTS_MAX = 1000;

/** A row of the group tables: a counsellor's or a class's students; id null for those without one. */
export const coverageGroupInput = z.object({ by: z.enum(['counsellor', 'class']), id: id.nullable() });

/** The page's range, one of its months, a group of the month (null: everyone the caller reaches) and which students. */
export const coverageStudentsInput = monthRange
  .extend({ month: yearMonth, group: coverageGroupInput.nullable().default(null), side: z.enum(COVERAGE_SIDES) })
  .refine((i) => i.month >= i.from && i.month <= i.to, { message: 'invalid_value', path: ['month'] });
export type CoverageStudentsInput = z.output<typeof coverageStudentsInput>;

/** A student expected a check-in in the month, with it if there is one. */
export interface CoverageStudent {
  /** the student's */
  id: number;
  name: string;
  studentNo: string | null;
  className: string | null;
  counsellorName: string | null;
  projectName: string;
  cohortName: string;
  /** the check-in's day and who logged it; null when there is none */
  checkedOn: string | null;
  checkedBy: string | null;
  /** no check-in, and the month is over */
  overdue: boolean;
}

export interface CoverageStudents {
  rows: CoverageStudent[];
  /** all of them: the figure clicked */
  total: number;
}

export const coverageMethods = {
  /** Per month of the range: expected, checked, coverage; and the last month per counsellor and class. */
  'checkins.coverage': method<Coverage>()({ input: monthRange, roles: READERS, write: false }),
  /** Students with months over and without a check-in. */
  'checkins.overdue': method<Overdue>()({ input: overdueRange, roles: READERS, write: false }),
  /** 月度监测汇总: the month's figures per counsellor and class, with the students at risk. */
  'checkins.summary': method<Summary>()({ input: z.object({ month: yearMonth }), roles: READERS, write: false }),
  /** The students behind a figure of 覆盖情况, the first COVERAGE_STUDENTS_MAX of them, by class then name. */
  'checkins.coverageStudents': method<CoverageStudents>()({ input: coverageStudentsInput, roles: READERS, write: false }),
  'checkins.coverageExport': method<ExportFile>()({ input: monthRange, roles: READERS, write: true, affects: [] }),
  'checkins.coverageStudentsExport': method<ExportFile>()({ input: coverageStudentsInput, roles: READERS, write: true, affects: [] }),
  'checkins.overdueExport': method<ExportFile>()({ input: overdueRange, roles: READERS, write: true, affects: [] }),
};
