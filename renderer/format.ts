import { currentLocale } from './i18n';
import { formatYuan } from '../electron/contract/money';

/** An ISO timestamp as this PC's local date and time. */
export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString(currentLocale(), { hour12: false });
}

/** Today on this PC as YYYY-MM-DD; toISOString() would still say yesterday before 08:00 in China. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Fen as the pages show money: ¥1,234.50; null stays null. */
export const yuan = <N extends number | null>(fen: N): N extends number ? string : string | null =>
  (fen === null ? null : `¥${formatYuan(fen)}`) as N extends number ? string : string | null;
