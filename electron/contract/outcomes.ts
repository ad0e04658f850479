import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export';
import { id } from './fields';
import type { Outcome, Destination } from './placements';
import type { Role } from './roles';
import type { StudentStatus } from './students';

/**
 * 就业统计: what became of the graduates, in the figures of the 中职 employment statistics
 * (../shared/domain.md). Each figure is a count of graduates over a base, so the page can show
 * both, and list the students behind either.
 */
export const OUTCOME_GROUPINGS = ['graduationYear', 'project', 'cohort', 'major'] as const;
export type OutcomeGrouping = (typeof OUTCOME_GROUPINGS)[number];

/**
 * The figures and the base each is counted over. 毕业生 (graduates) includes 结业; 就业 counts
 * 升学 (就业率(含升学)); 直接就业 = 就业 − 升学, the base of the job's own figures.
 */
export const OUTCOME_FIGURES = {
  graduates: 'graduates',
  unrecorded: 'graduates',
  employed: 'graduates',
  direct: 'graduates',
  furtherStudy: 'graduates',
  contract: 'graduates',
  flexible: 'graduates',
  selfEmployed: 'graduates',
  military: 'graduates',
  abroad: 'graduates',
  unemployed: 'graduates',
  other: 'graduates',
  related: 'direct',
  contractSigned: 'direct',
  insured: 'direct',
  local: 'direct',
  elsewhere: 'direct',
  overseas: 'direct',
  shenzhen: 'direct',
  home: 'direct',
  otherPlace: 'direct',
  channelSchool: 'direct',
  channelSelf: 'direct',
  channelOther: 'direct',
  /** with a salary recorded; the salary figures are over these */
  salaried: 'direct',
  /** still employed at the follow-up 6 months after the start, over those asked then */
  retained6: 'asked6',
  retained12: 'asked12',
  /** 稳定就业: still employed at both, over those asked both times */
  stable: 'askedBoth',
} as const;
export type OutcomeFigure = keyof typeof OUTCOME_FIGURES;
/** the bases that are not figures of their own */
export type OutcomeBase = 'asked6' | 'asked12' | 'askedBoth';
export type OutcomeSet = OutcomeFigure | OutcomeBase;

/** The follow-ups the retention figures read (the school's own practice: domain.md). */
export const RETENTION_POINTS = [6, 12] as const;

/** A column of the tables: a figure's count, its rate (count over base), or a salary. */
export type OutcomeColumn = { figure: OutcomeFigure; show: 'count' | 'rate' } | { salary: 'median' | 'mean' };
const count = (figure: OutcomeFigure): OutcomeColumn => ({ figure, show: 'count' });
const rate = (figure: OutcomeFigure): OutcomeColumn => ({ figure, show: 'rate' });

/** The main table, as the page, the print and the spreadsheet show it. */
export const RATE_COLUMNS: readonly OutcomeColumn[] = [
  count('graduates'),
  count('employed'),
  rate('employed'),
  rate('direct'),
  rate('furtherStudy'),
  rate('related'),
  rate('contractSigned'),
  rate('insured'),
  rate('retained6'),
  rate('retained12'),
  rate('stable'),
  { salary: 'median' },
  { salary: 'mean' },
];

/** What the graduates did and where the 直接就业 went: counts. */
export const PART_COLUMNS: readonly OutcomeColumn[] = (
  ['contract', 'flexible', 'selfEmployed', 'furtherStudy', 'military', 'abroad', 'unemployed', 'other', 'unrecorded'] as const
).map(count);
export const PLACE_COLUMNS: readonly OutcomeColumn[] = (
  ['local', 'elsewhere', 'overseas', 'shenzhen', 'home', 'otherPlace', 'channelSchool', 'channelSelf', 'channelOther'] as const
).map(count);

/** A rate in per cent to one decimal, as the page, the charts, the print and the spreadsheet all give it; none over an empty base. */
export const percentOf = (n: number, d: number): number | null => (d === 0 ? null : Math.round((n / d) * 1000) / 10);

/** A group's name as shown: 2024届, a project's or cohort's name, 未分专业, in the words of the caller's language. */
export const groupText = (by: OutcomeGrouping, label: string, words: { year(year: string): string; noMajor: string }): string =>
  by === 'graduationYear' ? words.year(label) : label || words.noMajor;

/** A figure: `n` graduates of the `d` in its base. */
export interface Ratio {
  n: number;
  d: number;
}

export interface OutcomeRow {
  /** the group's id (a year, or a project's, cohort's or major's id; '' for students without a major) */
  key: string;
  label: string;
  figures: Record<OutcomeFigure, Ratio>;
  /** monthly salaries of 直接就业 graduates with one recorded, in fen; null when none */
  salaryMedianFen: number | null;
  salaryMeanFen: number | null;
}

export interface OutcomeStats {
  by: OutcomeGrouping;
  rows: OutcomeRow[];
  total: Omit<OutcomeRow, 'key' | 'label'>;
}

export const outcomeFilters = z.object({
  by: z.enum(OUTCOME_GROUPINGS).default('graduationYear'),
  /** 届: the year an academic year of graduates ends in (2024届 = graduated 2023-09-01 … 2024-08-31) */
  year: z.number().int().min(2000).max(2100).nullable().default(null),
  projectId: id.nullable().default(null),
});
export type OutcomeFilters = z.output<typeof outcomeFilters>;

/** A student behind a figure. */
export interface OutcomeStudent {
  id: number;
  name: string;
  className: string | null;
  projectName: string;
  cohortName: string;
  majorName: string | null;
  status: StudentStatus;
  /** since when: the day they graduated, completed or left */
  statusDate: string;
  outcome: Outcome | null;
  companyName: string | null;
  city: string;
  destination: Destination | null;
  monthlySalaryFen: number | null;
}

/** 流失率 of one academic year: those who left without graduating, over those in school that year. */
export interface DropoutRow {
  /** the year the academic year starts in (2023 = 2023-09-01 … 2024-08-31) */
  academicYear: number;
  /** in school (在读 or 休学) when it began, with those who enrolled during it */
  inSchool: number;
  left: number;
  /** the academic year is not over */
  current: boolean;
}

export const dropoutFilters = z.object({ projectId: id.nullable().default(null) });

/** The most students one list answers with (a figure over every graduate of ten years is more than anyone reads). */
export const OUTCOME_STUDENTS_MAX = 1000;

/** Leaders read; counsellors see their own students' figures; finance does not work with placements. */
const READERS: readonly Role[] = ['admin', 'office', 'counsellor', 'viewer'];

// Named under placements.* so a placement or follow-up saved refreshes them.
export const outcomesMethods = {
  'placements.outcomes': method<OutcomeStats>()({ input: outcomeFilters, roles: READERS, write: false }),
  /** the graduates counted in a figure (`side` 'n') or in its base ('d'); `key` null: all groups */
  'placements.outcomeStudents': method<{ rows: OutcomeStudent[]; total: number }>()({
    input: outcomeFilters.extend({
      key: z.string().max(20).nullable().default(null),
      set: z.enum([...(Object.keys(OUTCOME_FIGURES) as OutcomeFigure[]), 'asked6', 'asked12', 'askedBoth']),
    }),
    roles: READERS,
    write: false,
  }),
  /** 流失率 by academic year, from the status history */
  'placements.dropout': method<DropoutRow[]>()({ input: dropoutFilters, roles: READERS, write: false }),
  'placements.dropoutStudents': method<{ rows: OutcomeStudent[]; total: number }>()({
    input: dropoutFilters.extend({ academicYear: z.number().int().min(2000).max(2100), side: z.enum(['left', 'inSchool']) }),
    roles: READERS,
    write: false,
  }),
  /** the statistics table as a spreadsheet, with each rate's numerator and denominator */
  'placements.outcomesExport': method<ExportFile>()({ input: outcomeFilters, roles: READERS, write: true, affects: [] }),
};
