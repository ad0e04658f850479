import type { CellObject } from 'xlsx';

/**
 * How a column's values are written:
 * - text: a string as it is;
 * - digits: 身份证号, bank accounts, phone numbers, 学号 — strings of digits that are not amounts.
 *   Written as text with Excel's text format '@', so Excel keeps every digit (as a number it keeps
 *   15, and shows an 18-digit 身份证号 as 4.51022E+17) and a re-typed value stays text;
 * - number: a number Excel can sum and sort;
 * - fen: money kept in fen, written as yuan Excel can sum, always with two decimals (300.50, not 300.5);
 * - date: an ISO date (YYYY-MM-DD) as a real Excel date, shown yyyy-mm-dd;
 * - datetime: an ISO timestamp (UTC) as an Excel date and time in China time, the office's zone.
 */
export type CellType = 'text' | 'digits' | 'number' | 'fen' | 'date' | 'datetime';
export type CellValue = string | number | null;

/** Excel counts days from 1899-12-30; 1970-01-01 is its day 25569. */
const EXCEL_EPOCH_DAYS = 25_569;
const DAY_MS = 86_400_000;
/** China time (UTC+8, no daylight saving): the office's zone, in which the audit log's days are counted too. */
export const CHINA_OFFSET_MS = 8 * 3_600_000;

const excelDay = (ms: number) => ms / DAY_MS + EXCEL_EPOCH_DAYS;

/**
 * Text that a spreadsheet would take for a formula: = + - @ first (in full width too, which
 * Chinese and Japanese input methods type and East Asian Excel accepts), or tab/CR/LF, which
 * another program's import may strip to reach one.
 */
const FORMULA_START = /^[=+\-@\t\r\n＝＋－＠]/;

/**
 * Formula injection: a cell of an .xlsx holding text is shown as text, but the value does not stay
 * there — a user re-typing it (F2, Enter), copying it into another sheet or saving the sheet as CSV
 * turns "=HYPERLINK(…)" into a live formula. Such text gets a leading apostrophe, as OWASP advises:
 * it is visible, says "this was text", and every spreadsheet keeps it text when it is entered again.
 */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function cellOf(type: CellType, value: CellValue): CellObject | undefined {
  if (value === null || value === '') return undefined;
  switch (type) {
    case 'text':
      return { t: 's', v: neutralise(String(value)) };
    case 'digits':
      return { t: 's', v: neutralise(String(value)), z: '@' };
    case 'number':
      return { t: 'n', v: Number(value) };
    case 'fen':
      return { t: 'n', v: Number(value) / 100, z: '#,##0.00' };
    case 'date':
      return { t: 'n', v: excelDay(Date.parse(`${value}T00:00:00Z`)), z: 'yyyy-mm-dd' };
    case 'datetime':
      // whole seconds, so Excel never shows 10:14:59 for a time logged at 10:15:00.000
      return { t: 'n', v: excelDay(Math.round((Date.parse(String(value)) + CHINA_OFFSET_MS) / 1000) * 1000), z: 'yyyy-mm-dd hh:mm:ss' };
  }
}

/** How many character widths a value takes in Excel's default font: CJK and full-width characters take two. */
export function displayWidth(cell: CellObject | undefined): number {
  if (!cell) return 0;
  if (cell.z === 'yyyy-mm-dd') return 10;
  if (cell.z === 'yyyy-mm-dd hh:mm:ss') return 19;
  const text = String(cell.v);
  let width = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x2e80) width++;
  return width;
}
