import { SUMMARY_RATES, type SummaryFigure, type SummaryFigures, type SummaryRate } from './reportingSummary';

/**
 * The columns of 项目成效 under their headings, as the page, the print and the xlsx all show them:
 * a count, a rate (a count over another), a salary, or money.
 */
export type SummaryColumn = { count: SummaryFigure } | { rate: SummaryRate } | { salary: 'mean' | 'median' } | { money: 'paid' | 'perStudent' };

export type SummaryColumnGroup = 'students' | 'graduates' | 'placed' | 'salary' | 'money';

export const COLUMN_GROUPS: readonly { group: SummaryColumnGroup; columns: readonly SummaryColumn[] }[] = [
  { group: 'students', columns: [{ count: 'intake' }, { count: 'withdrawn' }, { rate: 'dropoutRate' }] },
  { group: 'graduates', columns: [{ count: 'graduates' }, { rate: 'employmentRate' }] },
  { group: 'placed', columns: [{ rate: 'shenzhenShare' }, { rate: 'homeShare' }, { rate: 'otherShare' }] },
  { group: 'salary', columns: [{ salary: 'mean' }, { salary: 'median' }] },
  { group: 'money', columns: [{ money: 'paid' }, { money: 'perStudent' }] },
];

export const COLUMNS: readonly SummaryColumn[] = COLUMN_GROUPS.flatMap((g) => g.columns);

export const columnKey = (c: SummaryColumn): string => ('count' in c ? c.count : 'rate' in c ? c.rate : 'salary' in c ? `salary-${c.salary}` : `money-${c.money}`);

/** A rate's count and base. */
export const ratioOf = (rate: SummaryRate, f: SummaryFigures) => ({ n: f.counts[SUMMARY_RATES[rate].n], d: f.counts[SUMMARY_RATES[rate].d] });

/** 口径说明, in order: on the page, under the printed table and on the spreadsheet's last sheet. */
export const SUMMARY_DEFINITIONS = ['intake', 'graduates', 'dropout', 'employed', 'places', 'salary', 'money', 'trend'] as const;
