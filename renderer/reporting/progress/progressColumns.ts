import { percentOf } from '../../../electron/contract/outcomes';
import { formatYuan } from '../../../electron/contract/money';
import { PROGRESS_RATES, type ProgressFigure, type ProgressRate, type ProgressRow } from '../../../electron/contract/reporting';

export type ProgressColumn = { figure: ProgressFigure } | { rate: ProgressRate };

/** The table's columns under their group headings, in the order of the 进展情况表. */
export const COLUMN_GROUPS: readonly { group: 'students' | 'graduates' | 'dropout' | 'trainings' | 'money'; columns: readonly ProgressColumn[] }[] = [
  { group: 'students', columns: [{ figure: 'newStudents' }, { figure: 'newRegistered' }, { figure: 'inSchool' }] },
  { group: 'graduates', columns: [{ figure: 'graduates' }, { figure: 'employed' }, { figure: 'furtherStudy' }, { rate: 'employmentRate' }] },
  { group: 'dropout', columns: [{ figure: 'withdrawn' }, { figure: 'inSchoolAtStart' }, { rate: 'dropoutRate' }] },
  { group: 'trainings', columns: [{ figure: 'trained' }, { figure: 'trainedRegistered' }] },
  { group: 'money', columns: [{ figure: 'moneyFen' }] },
];

/** A rate's numerator and base in a row. */
export function ratioOf(rate: ProgressRate, row: ProgressRow): { n: number; d: number } {
  const { n, d } = PROGRESS_RATES[rate];
  return { n: row.figures[n], d: row.figures[d] };
}

/** 75.0%, or — over none. */
export function percentText(n: number, d: number): string {
  const rate = percentOf(n, d);
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}

/** A figure as the table shows it: a count, or money in yuan. */
export const figureText = (figure: ProgressFigure, value: number): string => (figure === 'moneyFen' ? formatYuan(value) : String(value));
