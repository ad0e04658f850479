import type { LeaderDashboard } from '../../../electron/contract/reportingDashboard';

/** 50.0%, or — over none. */
export const percentText = (rate: number | null): string => (rate === null ? '—' : `${rate.toFixed(1)}%`);

/** 覆盖情况 over the chart's twelve months, the figures' month marked, as the coverage page reads its URL. */
export const coverageHref = (d: Pick<LeaderDashboard, 'coverageByMonth'>): string => {
  const months = d.coverageByMonth;
  return `/checkins/coverage?from=${months[0].month}&month=${months.at(-1)!.month}`;
};

export const WARNINGS_HREF = '/checkins/warnings';

/** A month as a chart's axis shows it: 25年12月, Dec 25. */
export const monthLabel = (month: string, locale: string): string =>
  new Date(`${month}-01T00:00:00`).toLocaleDateString(locale, { year: '2-digit', month: 'short' });
