import { currentLocale } from './i18n';

/** An ISO timestamp as this PC's local date and time. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(currentLocale(), { hour12: false });
}

/** Today on this PC as YYYY-MM-DD; toISOString() would still say yesterday before 08:00 in China. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
