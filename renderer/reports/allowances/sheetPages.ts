/**
 * The 发放表's pages, fixed in advance rather than left to the browser's table splitting: each page
 * is its own table ending on its own 本页小计, and the last keeps room for the totals and the
 * signatures. The counts are what fits A4 portrait at the row height of sheets.css (a row tall enough
 * to sign in), checked on printed PDFs: change one, print 1,000 lines and look again.
 */
export const SHEET_ROWS = {
  /** the first page holds the school, the title and the subtitle too */
  first: 21,
  other: 24,
  /** what the 合计, 大写 and signature lines take on the last page, in rows */
  foot: 4,
};

export function sheetPages<T>(lines: readonly T[], rows = SHEET_ROWS): T[][] {
  const pages: T[][] = [];
  let start = 0;
  do {
    const room = pages.length === 0 ? rows.first : rows.other;
    pages.push(lines.slice(start, start + room));
    start += room;
  } while (start < lines.length);
  // The totals follow the last lines on their page: where they would not fit, those lines start a page of their own.
  const last = pages.at(-1)!;
  const room = (pages.length === 1 ? rows.first : rows.other) - rows.foot;
  if (last.length > room) pages.splice(-1, 1, last.slice(0, room), last.slice(room));
  return pages;
}
