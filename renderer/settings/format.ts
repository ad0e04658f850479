import { currentLocale } from '../i18n';

/** An ISO timestamp as this PC's local date and time, e.g. 2026/11/23 10:05:09. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(currentLocale(), { hour12: false });
}
