import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export';
import { id, isoDate } from './fields';
import type { Outcome } from './placements';
import { progressColumnsSchema, type ProgressColumnKey } from './reportingColumns';
import type { Role } from './roles';
import type { StudentStatus } from './students';

/**
 * 统计报表: the yearly 技能脱贫千校行动进展情况表 (../shared/domain.md), by project and in total,
 * every figure with the students, trainings or payment lines behind it.
 */

/** The figures counted over students, each with the list of those students behind it. */
export const STUDENT_FIGURES = [
  'newStudents',
  'newRegistered',
  'inSchool',
  'graduates',
  'employed',
  'furtherStudy',
  /** 就业 + 升学: the numerator of 就业率(含升学) */
  'placedOrStudying',
  'withdrawn',
  /** in school when the period began: the base of 流失率 */
  'inSchoolAtStart',
] as const;
export type StudentFigure = (typeof STUDENT_FIGURES)[number];

/** 培训人数 and 其中建档立卡, from the short-course register (a list of courses behind them). */
export const TRAINING_FIGURES = ['trained', 'trainedRegistered'] as const;
export type TrainingFigure = (typeof TRAINING_FIGURES)[number];

/** 资助金额 in fen (payment lines behind it). */
export const PROGRESS_FIGURES = [...STUDENT_FIGURES, ...TRAINING_FIGURES, 'moneyFen'] as const;
export type ProgressFigure = (typeof PROGRESS_FIGURES)[number];

/** The rates, each a figure over another, so the page shows both (and — over none). */
export const PROGRESS_RATES = {
  employmentRate: { n: 'placedOrStudying', d: 'graduates' },
  dropoutRate: { n: 'withdrawn', d: 'inSchoolAtStart' },
} as const satisfies Record<string, { n: StudentFigure; d: StudentFigure }>;
export type ProgressRate = keyof typeof PROGRESS_RATES;

export interface ProgressRow {
  /** null: the total row */
  projectId: number | null;
  label: string;
  figures: Record<ProgressFigure, number>;
}

/** Paid money of the period under one policy (cash policies only: a waiver pays nothing out). */
export interface PolicyMoney {
  policyId: number;
  policyName: string;
  fundingSource: string;
  amountFen: number;
  lines: number;
}

export interface FundingMoney {
  /** '' when the policy names none */
  fundingSource: string;
  amountFen: number;
  lines: number;
}

export interface ProgressReport {
  year: number;
  from: string;
  /** the report date: the period's last day */
  to: string;
  /** the year of the earliest enrolment (this year when there is none): the first a user may pick */
  firstYear: number;
  rows: ProgressRow[];
  total: ProgressRow;
  byPolicy: PolicyMoney[];
  byFunding: FundingMoney[];
}

export const progressInput = z.object({
  year: z.number().int().min(2000).max(2100),
  /** default: 1 January of `year` */
  from: isoDate.nullable().default(null),
  /** the report date; default: today, or 31 December of `year` when that has passed */
  to: isoDate.nullable().default(null),
});
export type ProgressInput = z.output<typeof progressInput>;

export const progressListInput = progressInput.extend({
  figure: z.enum(PROGRESS_FIGURES),
  /** null: all projects (the total row) */
  projectId: id.nullable().default(null),
  /** money only: one policy's lines, or one funding source's ('' = none named) */
  policyId: id.nullable().default(null),
  fundingSource: z.string().max(100).nullable().default(null),
});
export type ProgressListInput = z.output<typeof progressListInput>;

/** A student behind a figure, with the day that put them in it (enrolled, status as of the date, graduated or left). */
export interface ProgressStudent {
  id: number;
  name: string;
  studentNo: string | null;
  projectName: string;
  cohortName: string;
  className: string | null;
  status: StudentStatus;
  date: string;
  outcome: Outcome | null;
}

/** A payment line behind a money figure; a reversal is negative. */
export interface ProgressPayment {
  id: number;
  studentId: number;
  studentName: string;
  studentNo: string | null;
  projectName: string;
  batchNo: string;
  policyName: string;
  fundingSource: string;
  period: string;
  paidOn: string;
  amountFen: number;
  reversal: boolean;
}

/** A short course behind 培训人数. */
export interface ProgressTraining {
  id: number;
  course: string;
  startDate: string;
  endDate: string;
  region: string;
  projectName: string | null;
  participants: number;
  registeredParticipants: number;
}

/** The most rows a list answers with; the export holds them all. */
export const PROGRESS_LIST_MAX = 1000;

export type ProgressList =
  | { kind: 'students'; rows: ProgressStudent[]; total: number }
  | { kind: 'payments'; rows: ProgressPayment[]; total: number; amountFen: number }
  | { kind: 'trainings'; rows: ProgressTraining[]; total: number; participants: number; registeredParticipants: number };

/** The office and leaders; finance reads it for the money; counsellors keep to their own students. */
const READERS: readonly Role[] = ['admin', 'office', 'finance', 'viewer'];

export const reportingMethods = {
  'reports.progress': method<ProgressReport>()({ input: progressInput, roles: READERS, write: false }),
  'reports.progressList': method<ProgressList>()({ input: progressListInput, roles: READERS, write: false }),
  'reports.progressListExport': method<ExportFile>()({ input: progressListInput, roles: READERS, write: true, affects: [] }),
  /** the columns the table, its print and its xlsx show, in their order (reportingColumns.ts) */
  'reports.progressColumns': method<ProgressColumnKey[]>()({ input: z.object({}), roles: READERS, write: false }),
  'reports.setProgressColumns': method<ProgressColumnKey[]>()({
    input: z.object({ columns: progressColumnsSchema }),
    roles: ['admin', 'office'],
    write: true,
    affects: ['reports'],
  }),
  /** the whole 进展情况表 as displayed (the chosen columns), the money and the 口径说明, each on a sheet */
  'reports.progressExport': method<ExportFile>()({ input: progressInput, roles: READERS, write: true, affects: [] }),
};
