import { chinaToday } from '../../../electron/contract/dates';

/** This month in China time (the office's), whatever the device's clock zone. */
export const thisMonth = () => chinaToday(new Date()).slice(0, 7);

/** 2026-11 → 2026年11月 / Nov 2026 */
export function monthLabel(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return locale === 'en' ? new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' }) : `${y}年${m}月`;
}

/** Share logged, as people read it: 87%, or — when nobody was expected. */
export function coverageText(done: number, expected: number, locale: string): string {
  if (expected === 0) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(done / expected);
}
