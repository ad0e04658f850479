import { z } from 'zod';
import { addDays, parseDateText } from './dates';
import { toHalfWidth } from './halfwidth';

/**
 * A spreadsheet cell as the import reads it, whatever wrote the file (Excel, WPS, LibreOffice, a CSV):
 * its kind (SheetJS's: n number, s text, b true/false, d date, e error), its value, the text the
 * sheet shows for it when that differs, and whether a formula made it. Both sides check cells with
 * the functions below: the page to show a preview quickly, the backend again before it writes.
 */
export const importCell = z.object({
  t: z.enum(['n', 's', 'b', 'd', 'e']),
  v: z.union([z.string().max(2000), z.number(), z.boolean()]),
  /** formatted text (a date shown as 2019/9/1 over the serial 43709) */
  w: z.string().max(2000).optional(),
  /** the cell holds a formula: its value is whatever it last computed */
  f: z.boolean().optional(),
});
export type ImportCell = z.output<typeof importCell>;

/** Why a cell cannot be taken, with the message's parameters (electron/contract/messages.ts, import_*). */
export type CellProblem = { code: 'import_formula' | 'import_error_cell' | 'import_id_number_cell' | 'import_date' | 'import_not_text' } | { code: 'import_number'; value: string };

export type CellResult<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(problem: CellProblem): CellResult<T> => ({ ok: false, problem });

/** A cell's text with full-width forms made half-width and stray spaces (inside too, for codes) dropped. */
function plain(cell: ImportCell): string {
  return toHalfWidth(String(cell.t === 's' ? cell.v : (cell.w ?? cell.v))).trim();
}

/** Refuses what no field takes: a formula (its value may be stale or depend on other sheets) or an error (#N/A). */
function usable(cell: ImportCell): CellProblem | null {
  if (cell.f) return { code: 'import_formula' };
  if (cell.t === 'e') return { code: 'import_error_cell' };
  return null;
}

/**
 * Text as written, trimmed, runs of spaces made one; full-width letters and digits made half-width.
 * Chinese punctuation stays: （，：） in an address or a note are the writer's, not a typing slip.
 */
export function textCell(cell: ImportCell | undefined): CellResult<string> {
  if (!cell) return ok('');
  const problem = usable(cell);
  if (problem) return fail(problem);
  const text = String(cell.t === 's' ? cell.v : (cell.w ?? cell.v)).replace(/[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\u3000]/g, (c) => toHalfWidth(c));
  return ok(text.trim().replace(/\s+/g, ' '));
}

/** A code with no spaces in it (身份证号, account, phone). */
function codeCell(cell: ImportCell): CellResult<string> {
  const problem = usable(cell);
  return problem ? fail(problem) : ok(plain(cell).replace(/\s+/g, ''));
}

/**
 * A 身份证号: it must have been kept as text. Excel keeps 15 significant digits, so in a number cell
 * the last three of 18 are already lost (and an X is impossible): refused, saying how to fix it.
 */
export function idNumberCell(cell: ImportCell | undefined): CellResult<string> {
  if (!cell) return ok('');
  if (cell.t === 'n') return fail({ code: 'import_id_number_cell' });
  const code = codeCell(cell);
  return code.ok ? ok(code.value.toUpperCase()) : code;
}

/** An account or phone number: text, or a whole number short enough that Excel kept every digit. */
export function digitsCell(cell: ImportCell | undefined): CellResult<string> {
  if (!cell) return ok('');
  if (cell.t === 'n') {
    const n = cell.v as number;
    return Number.isSafeInteger(n) && String(n).length <= 15 ? ok(String(n)) : fail({ code: 'import_id_number_cell' });
  }
  return codeCell(cell);
}

/** The day an Excel serial number stands for (1900 system; 1904 when the workbook says so). */
export function serialToIso(serial: number, date1904 = false): string {
  return addDays(date1904 ? '1904-01-01' : '1899-12-30', Math.floor(serial));
}

/**
 * A date however a sheet holds it: a date cell (a serial number shown as a date), or text such as
 * 2019-09-01, 2019/9/1, 2019.09.01, 2019年9月1日, 20190901, or a month alone (201909, 2019-09,
 * 2019年9月) when the field is one where the 1st of the month will do.
 */
export function dateCell(cell: ImportCell | undefined, { monthWillDo = false, date1904 = false } = {}): CellResult<string | null> {
  if (!cell) return ok(null);
  const problem = usable(cell);
  if (problem) return fail(problem);
  if (cell.t === 'n' || cell.t === 'd') {
    const n = cell.v as number;
    // 19000101…: a date typed as a number, not a serial (serials of our years are 5 digits).
    if (n >= 19_000_101 && n <= 21_001_231 && Number.isInteger(n)) return fromText(String(n), monthWillDo);
    if (monthWillDo && n >= 190_001 && n <= 210_012 && Number.isInteger(n)) return fromText(String(n), monthWillDo);
    return n > 0 && n < 2_958_466 ? ok(serialToIso(n, date1904)) : fail({ code: 'import_date' });
  }
  return fromText(plain(cell), monthWillDo);
}

function fromText(text: string, monthWillDo: boolean): CellResult<string | null> {
  if (text === '') return ok(null);
  const day = parseDateText(text);
  if (day) return ok(day);
  const month = monthWillDo ? /^(\d{4})(?:[-/.年](\d{1,2})月?|(\d{2}))$/.exec(text) : null;
  if (month) {
    const m = Number(month[2] ?? month[3]);
    if (m >= 1 && m <= 12) return ok(`${month[1]}-${String(m).padStart(2, '0')}-01`);
  }
  return fail({ code: 'import_date' });
}

/** A non-negative amount in yuan (a number cell, or text such as ¥1,234.50) as fen. */
export function yuanCell(cell: ImportCell | undefined): CellResult<number | null> {
  if (!cell) return ok(null);
  const problem = usable(cell);
  if (problem) return fail(problem);
  const text = cell.t === 'n' ? String(cell.v) : plain(cell).replace(/[¥￥,，\s元]/g, '');
  if (text === '') return ok(null);
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return fail({ code: 'import_number', value: text });
  const [whole, part = ''] = text.split('.');
  return ok(Number(whole) * 100 + Number(part.padEnd(2, '0')));
}
