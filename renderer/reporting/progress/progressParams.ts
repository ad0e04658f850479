import { isRealIsoDate } from '../../../electron/contract/dates';
import type { ProgressInput } from '../../../electron/contract/reporting';

export const isoDay = (v: string | null): string | null => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealIsoDate(v) ? v : null);

/** The year and period from the URL (the page's, so it can be bookmarked, and its print's); this year when none is given. */
export function readProgressInput(params: URLSearchParams, thisYear: number): ProgressInput {
  const year = Number(params.get('year'));
  return { year: year >= 2000 && year <= thisYear ? year : thisYear, from: isoDay(params.get('from')), to: isoDay(params.get('to')) };
}

/** The printed 进展情况表 of a period, as the page shows it. */
export const progressPrintPath = ({ year, from, to }: ProgressInput): string =>
  `/print/progress?${new URLSearchParams({ year: String(year), ...(from ? { from } : {}), ...(to ? { to } : {}) })}`;
