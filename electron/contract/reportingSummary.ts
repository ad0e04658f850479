import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export';
import { id } from './fields';
import type { Destination, Outcome } from './placements';
import type { ProgressPayment } from './reporting';
import type { Role } from './roles';
import type { StudentStatus } from './students';

/**
 * 项目成效: the programme's figures the seeds report (../shared/domain.md), by project or by cohort
 * and in total, every number with the students or payment lines behind it, and each indicator over
 * the years for a chart. The graduates' figures are the outcome statistics' own (就业统计).
 */
export const SUMMARY_GROUPINGS = ['project', 'cohort'] as const;
export type SummaryGrouping = (typeof SUMMARY_GROUPINGS)[number];

/**
 * The counts of students: the intake (everyone ever enrolled), those who left without finishing,
 * and the graduates' figures as the outcome statistics count them (留深/回乡/其他 and the salaries are
 * over 直接就业).
 */
export const SUMMARY_FIGURES = ['intake', 'graduates', 'withdrawn', 'employed', 'direct', 'shenzhen', 'home', 'otherPlace', 'salaried'] as const;
export type SummaryFigure = (typeof SUMMARY_FIGURES)[number];

/** What a click lists: the students of a count, or the payment lines behind the money. */
export const SUMMARY_LISTS = [...SUMMARY_FIGURES, 'paid'] as const;
export type SummaryListFigure = (typeof SUMMARY_LISTS)[number];

/** The rates, each a count over another, so the page shows both (and — over none). */
export const SUMMARY_RATES = {
  dropoutRate: { n: 'withdrawn', d: 'intake' },
  employmentRate: { n: 'employed', d: 'graduates' },
  shenzhenShare: { n: 'shenzhen', d: 'direct' },
  homeShare: { n: 'home', d: 'direct' },
  otherShare: { n: 'otherPlace', d: 'direct' },
} as const satisfies Record<string, { n: SummaryFigure; d: SummaryFigure }>;
export type SummaryRate = keyof typeof SUMMARY_RATES;

export interface SummaryFigures {
  counts: Record<SummaryFigure, number>;
  /** monthly salaries of the directly employed with one recorded, in fen; null when none */
  salaryMeanFen: number | null;
  salaryMedianFen: number | null;
  /** cash paid to the group's students through paid batches, reversals taken off, in fen */
  paidFen: number;
  /** paidFen over the intake, rounded to the fen; null with no intake */
  paidPerStudentFen: number | null;
}

export interface SummaryRow extends SummaryFigures {
  /** the project's or cohort's id */
  key: number;
  /** a project's name, or a cohort's with its project's (广西百色 2017级) */
  label: string;
}

export interface ProgrammeSummary {
  groupBy: SummaryGrouping;
  rows: SummaryRow[];
  total: SummaryFigures;
}

export const summaryInput = z.object({
  groupBy: z.enum(SUMMARY_GROUPINGS).default('project'),
  /** one project's rows only (its cohorts, by cohort) */
  projectId: id.nullable().default(null),
});
export type SummaryInput = z.output<typeof summaryInput>;

/** The graduates' counts, which the outcome statistics make (the register's are intake, 流失 and the money). */
const GRADUATE_LISTS: readonly SummaryListFigure[] = SUMMARY_FIGURES.filter((f) => f !== 'intake' && f !== 'withdrawn');

/**
 * Whose list a click asks for: a row of the table (a project or cohort), or a year of a trend chart,
 * where the register's figures go by the cohort's intake year and the graduates' by 届.
 */
export const SUMMARY_LIST_GROUPINGS = [...SUMMARY_GROUPINGS, 'intakeYear', 'graduationYear'] as const;
export type SummaryListGrouping = (typeof SUMMARY_LIST_GROUPINGS)[number];

export const summaryListInput = summaryInput
  .extend({
    groupBy: z.enum(SUMMARY_LIST_GROUPINGS).default('project'),
    figure: z.enum(SUMMARY_LISTS),
    /** a row's key, or the year; null: the total */
    key: id.nullable().default(null),
  })
  .refine(
    (i) => (i.groupBy === 'intakeYear' ? !GRADUATE_LISTS.includes(i.figure) : i.groupBy !== 'graduationYear' || GRADUATE_LISTS.includes(i.figure)),
    { path: ['figure'], message: 'invalid_value' },
  );
export type SummaryListInput = z.output<typeof summaryListInput>;

/** The most rows a list answers with; the export holds them all. */
export const SUMMARY_LIST_MAX = 1000;

/** A student behind a count: where they stand now and, for a graduate, where they went. */
export interface SummaryStudent {
  id: number;
  name: string;
  studentNo: string | null;
  projectName: string;
  cohortName: string;
  className: string | null;
  status: StudentStatus;
  /** since when: enrolled, graduated, completed or left */
  statusDate: string;
  outcome: Outcome | null;
  destination: Destination | null;
  monthlySalaryFen: number | null;
}

export type SummaryList =
  | { kind: 'students'; rows: SummaryStudent[]; total: number }
  | { kind: 'payments'; rows: ProgressPayment[]; total: number; amountFen: number };

/**
 * The indicators charted over the years. The graduates' are by 届 (the academic year they graduated
 * in); the intake's and those over it (流失率, 人均资助) by the cohort's intake year.
 */
export const TREND_INDICATORS = {
  intake: 'intakeYear',
  employmentRate: 'graduationYear',
  dropoutRate: 'intakeYear',
  shenzhenShare: 'graduationYear',
  salaryMedian: 'graduationYear',
  paidPerStudent: 'intakeYear',
} as const;
export type TrendIndicator = keyof typeof TREND_INDICATORS;

/**
 * One year of an indicator: a rate's count `n` over its base `d`, in per cent; the median salary (fen)
 * of `d` salaried graduates; the intake `d`; the money paid `n` (fen) over the intake `d`. null over none.
 */
export interface TrendPoint {
  year: number;
  value: number | null;
  n: number;
  d: number;
}

export type SummaryTrend = Record<TrendIndicator, TrendPoint[]>;

/** The lists behind a point of a chart: its count `n` and, where it is over another, its base `d`. */
export const TREND_LISTS = {
  intake: { n: 'intake', d: null },
  employmentRate: { n: 'employed', d: 'graduates' },
  dropoutRate: { n: 'withdrawn', d: 'intake' },
  shenzhenShare: { n: 'shenzhen', d: 'direct' },
  salaryMedian: { n: 'salaried', d: null },
  paidPerStudent: { n: 'paid', d: 'intake' },
} as const satisfies Record<TrendIndicator, { n: SummaryListFigure; d: SummaryListFigure | null }>;

export const summaryTrendInput = z.object({ projectId: id.nullable().default(null) });

/** As the other statistics: the office and leaders, finance for the money; counsellors keep to their own students. */
const READERS: readonly Role[] = ['admin', 'office', 'finance', 'viewer'];

export const reportingSummaryMethods = {
  'reports.summary': method<ProgrammeSummary>()({ input: summaryInput, roles: READERS, write: false }),
  'reports.summaryTrend': method<SummaryTrend>()({ input: summaryTrendInput, roles: READERS, write: false }),
  'reports.summaryList': method<SummaryList>()({ input: summaryListInput, roles: READERS, write: false }),
  'reports.summaryListExport': method<ExportFile>()({ input: summaryListInput, roles: READERS, write: true, affects: [] }),
  /** the table as shown, every count behind its rates, the trends and the 口径说明: an audited export */
  'reports.summaryExport': method<ExportFile>()({ input: summaryInput, roles: READERS, write: true, affects: [] }),
};
