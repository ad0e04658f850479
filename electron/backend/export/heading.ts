import type { Locale } from '../../contract/messages';
import { fill, uiText } from './catalog';
import { CHINA_OFFSET_MS } from './cells';

/** '2026-11-23 10:15' in China time. */
export const chinaMinute = (at: Date) => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

export interface Heading {
  locale: Locale;
  /** the list's name: 学生名册 */
  title: string;
  /** each filter in use, as the list's filter boxes show it (a project's name, 在读…); none: 全部 */
  filters: string[];
  /** the order, when the list has a choice of one: 排序：姓名 ↑ */
  sort?: string;
  count: number;
  user: string;
  at: Date;
}

/** The title row: 学生名册 — 筛选：广西百色 · 2024级 · 在读；排序：姓名 ↑；共 12 条；导出：张主任 2026-11-23 10:15 */
export function headingLine({ locale, title, filters, sort, count, user, at }: Heading): string {
  const ui = uiText(locale);
  const words = ui.export.heading;
  const parts = [
    fill(words.filters, { filters: filters.length ? filters.join(words.joiner) : ui.common.all }),
    ...(sort ? [sort] : []),
    fill(words.count, { count }),
    fill(words.exported, { user, time: chinaMinute(at) }),
  ];
  return `${title} — ${parts.join(words.between)}`;
}

/** 学生名册_20261123-1015.xlsx: the list's name and when, so exports of one day sort by time. */
export function exportFileName(locale: Locale, sheet: string, at: Date): string {
  const stamp = chinaMinute(at).replace(/-/g, '').replace(' ', '-').replace(':', '');
  return fill(uiText(locale).export.fileName, { sheet, stamp });
}
