import type { TFunction } from 'i18next';
import type { OutcomeColumn, OutcomeFilters, OutcomeRow, OutcomeSet } from '../../../electron/contract/outcomes';
import { groupText, OUTCOME_FIGURES, OUTCOME_GROUPINGS, percentOf } from '../../../electron/contract/outcomes';

type Figures = Omit<OutcomeRow, 'key' | 'label'>;

/** 80.0%, or — over an empty base (no graduates, nobody asked). */
export function percent(n: number, d: number): string {
  const rate = percentOf(n, d);
  return rate === null ? '—' : `${rate.toFixed(1)}%`;
}

/** A salary figure to the yuan (¥5,350): its fen are noise in a median or a mean. */
const wholeYuan = (fen: number | null): string => (fen === null ? '—' : `¥${Math.round(fen / 100).toLocaleString('en-US')}`);

/** What a cell shows: a count, a rate or a salary. */
export function cellText(column: OutcomeColumn, row: Figures): string {
  if ('salary' in column) return wholeYuan(column.salary === 'median' ? row.salaryMedianFen : row.salaryMeanFen);
  const { n, d } = row.figures[column.figure];
  return column.show === 'rate' ? percent(n, d) : String(n);
}

/** A column's heading, in the page's words. */
export function columnTitle(t: TFunction<'outcomes'>, column: OutcomeColumn): string {
  if ('salary' in column) return t(`salary.${column.salary}`);
  return column.show === 'rate' ? t(`rate.${column.figure as 'employed'}`) : t(`figure.${column.figure}`);
}

/** The graduates a click on a cell lists: the figure's, or for a salary those who have one. */
export const setOf = (column: OutcomeColumn): OutcomeSet => ('salary' in column ? 'salaried' : column.figure);

/** On hover: 就业(含升学) 4 ÷ 毕业生 5 = 80.0%. */
export function ratioText(t: TFunction<'outcomes'>, column: OutcomeColumn, row: Figures): string {
  if ('salary' in column) return t('salaryHint', { count: row.figures.salaried.n });
  const { n, d } = row.figures[column.figure];
  return t('ratio', { num: t(`figure.${column.figure}`), n, den: t(`figure.${OUTCOME_FIGURES[column.figure]}`), d, rate: percent(n, d) });
}

/** A group's name: 2024届, a project's or cohort's name, 未分专业. */
export const groupName = (t: TFunction<'outcomes'>, by: OutcomeFilters['by'], row: Pick<OutcomeRow, 'label'>): string =>
  groupText(by, row.label, { year: (year) => t('year', { year }), noMajor: t('noMajor') });

/** The page's filters from its URL (the print's route carries the same), so a view can be bookmarked and printed as shown. */
export function readOutcomeFilters(params: URLSearchParams): OutcomeFilters {
  const by = (OUTCOME_GROUPINGS as readonly string[]).includes(params.get('by') ?? '') ? (params.get('by') as OutcomeFilters['by']) : 'graduationYear';
  const number = (key: string) => (Number(params.get(key)) > 0 ? Number(params.get(key)) : null);
  return { by, year: number('year'), projectId: number('projectId') };
}

/** 口径说明, in order: on the page and under the printed tables. */
export const DEFINITIONS = ['graduates', 'employed', 'direct', 'overDirect', 'places', 'retention', 'salary', 'dropout'] as const;
