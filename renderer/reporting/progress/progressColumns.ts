import type { TFunction } from 'i18next';
import { percentOf } from '../../../electron/contract/outcomes';
import { formatYuan } from '../../../electron/contract/money';
import { PROGRESS_RATES, type ProgressFigure, type ProgressRate, type ProgressRow } from '../../../electron/contract/reporting';
import { isRateColumn, progressHeadings, type ProgressColumnKey, type ProgressGroup } from '../../../electron/contract/reportingColumns';

export type ProgressColumn = { key: ProgressColumnKey; figure: ProgressFigure } | { key: ProgressColumnKey; rate: ProgressRate };

export const columnOf = (key: ProgressColumnKey): ProgressColumn => (isRateColumn(key) ? { key, rate: key } : { key, figure: key });

/** The chosen columns (the 列设置, in its order) under their group headings: the page's table and its print. */
export const columnGroups = (keys: readonly ProgressColumnKey[]): { group: ProgressGroup; columns: ProgressColumn[] }[] =>
  progressHeadings(keys).map((run) => ({ group: run.group, columns: run.keys.map(columnOf) }));

/** A column's heading. */
export const columnTitle = (t: TFunction<'reporting'>, key: ProgressColumnKey): string =>
  isRateColumn(key) ? t(`progress.rate.${key}`) : t(`progress.figure.${key}`);

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
