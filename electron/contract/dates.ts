import { toHalfWidth } from './halfwidth';

export function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function isRealIsoDate(v: string): boolean {
  const [y, m, d] = v.split('-').map(Number);
  return isRealDate(y, m, d);
}

/**
 * A date as people type it (2019-2-3, 2019/02/03, 2019.2.3, 20190203, 2019年2月3日, in full-width
 * digits too) as YYYY-MM-DD, or null when it is not one. A day that does not exist (2019-02-30)
 * is null: never rolled over into March the way Date and dayjs do.
 */
export function parseDateText(raw: string): string | null {
  const text = toHalfWidth(raw).trim();
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
  if (!isRealDate(y, mo, d)) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Today's date for the office, which works in China time (UTC+8, no daylight saving), whatever
 * zone the host's clock is set to: before 08:00 China time the UTC date is still yesterday.
 */
export function chinaToday(now: Date): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The day `n` days after an ISO day (before it for a negative `n`), by the calendar alone. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
