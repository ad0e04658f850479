import * as XLSX from 'xlsx';
import type { ImportCell } from '../../../electron/contract/importCells';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../../electron/contract/imports';

/**
 * Reading an office's workbook into cells (renderer/imports/read). Pure: no DOM, so the page's
 * worker, the tests and the bench all call the same function. Nothing here knows about students:
 * the header row and the fields are found afterwards (electron/contract/importHeaders.ts).
 */

export interface BookSheet {
  name: string;
  /** hidden or very hidden in Excel: usually lists for drop-downs, not data */
  hidden: boolean;
  /** top-left first; trailing empty rows and cells dropped; a merged range's value is in its top-left cell only */
  rows: (ImportCell | undefined)[][];
}

export interface Book {
  sheets: BookSheet[];
  /** serial numbers count from 1904 (old Mac Excel): importCells' dateCell needs to know */
  date1904: boolean;
}

export type ReadProblem =
  | { code: 'import_file_too_large'; params: { max: number } }
  | { code: 'import_not_spreadsheet' }
  | { code: 'import_password' }
  | { code: 'import_empty' }
  | { code: 'import_too_many_rows'; params: { max: number; sheet: string } };

export type ReadResult = { ok: true; book: Book } | { ok: false; problem: ReadProblem };

/** reading: sniffing and decoding the bytes; parsing: SheetJS and turning its cells into ImportCells */
export type ReadStage = 'reading' | 'parsing';

/** A header and a title, notes or a date line above it come on top of the records an import takes. */
export const SHEET_MAX_ROWS = IMPORT_MAX_ROWS + 50;

/** Zip (xlsx, xlsm, ods, WPS's own xlsx) only; a password-protected one is a compound file instead. */
const ZIP_EXTENSIONS = ['xlsx', 'xlsm', 'xlsb', 'ods'];
/**
 * A compound file (Excel 97–2003, WPS .et) or zip, or text: many web systems (学籍系统, banks) save
 * an HTML table or tab-separated text and name it .xls, and Excel opens it, so the office has them.
 */
const LEGACY_EXTENSIONS = ['xls', 'et'];
const TEXT_EXTENSIONS = ['csv', 'txt'];

const fail = (problem: ReadProblem): ReadResult => ({ ok: false, problem });

export function readBook(bytes: Uint8Array, fileName: string, onStage?: (stage: ReadStage) => void): ReadResult {
  if (bytes.length > IMPORT_MAX_BYTES) return fail({ code: 'import_file_too_large', params: { max: IMPORT_MAX_BYTES / 1024 / 1024 } });
  const extension = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const known = [...ZIP_EXTENSIONS, ...LEGACY_EXTENSIONS, ...TEXT_EXTENSIONS].includes(extension);
  if (!known || bytes.length === 0) return fail({ code: 'import_not_spreadsheet' });
  onStage?.('reading');

  let workbook: XLSX.WorkBook;
  try {
    if (isContainer(bytes)) {
      onStage?.('parsing');
      workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: false, dense: true });
    } else {
      // Anything else must be text; SheetJS would otherwise take random bytes for a one-column list.
      if (ZIP_EXTENSIONS.includes(extension)) return fail({ code: 'import_not_spreadsheet' });
      const text = decodeText(bytes);
      if (text === null) return fail({ code: 'import_not_spreadsheet' });
      onStage?.('parsing');
      // raw: every field stays text, so an 18-digit 身份证号 or a 0-led 学号 is not made a number.
      workbook = XLSX.read(text, { type: 'string', raw: true, cellDates: false, dense: true });
    }
  } catch (e) {
    return fail({ code: /password|encrypt/i.test(errorText(e)) || encryptedPackage(bytes) ? 'import_password' : 'import_not_spreadsheet' });
  }
  return toBook(workbook);
}

/** A zip, an OLE compound file or a bare BIFF stream (Excel 2–5 saved without the container). */
function isContainer(bytes: Uint8Array): boolean {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return true;
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return true;
  return a === 0x09 && b !== undefined && b <= 0x08 && bytes.length > 8;
}

/**
 * Text as the office's PCs wrote it: Excel's “CSV UTF-8” (BOM), other programs' UTF-8 without one,
 * Excel's “Unicode text” (UTF-16), and plain “CSV” on a Chinese Windows, which is GBK (read as
 * GB18030, its superset). Null when it is not text at all.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = new TextDecoder('gb18030').decode(bytes);
    }
  }
  // TextDecoder drops a BOM at the start; one left means a file glued from pieces, harmless to drop too.
  text = text.replace(/^\uFEFF/, '');
  // Undecodable bytes (U+FFFD) or control characters other than tabs and line ends: a binary file.
  return /[\uFFFD\u0000-\u0008\u000B\u000E-\u001F]/.test(text) ? null : text;
}

/**
 * An Excel 2007+ workbook with an open password is a compound file holding an EncryptedPackage.
 * SheetJS says so, except when the encryption header is one it cannot parse: it then throws that
 * header's XML tag instead. Either way only the password is missing.
 */
function encryptedPackage(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0xd0) return false;
  try {
    const cfb: unknown = XLSX.CFB.read(bytes, { type: 'array' });
    return Boolean(XLSX.CFB.find(cfb, '/EncryptedPackage'));
  } catch {
    return false;
  }
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function toBook(workbook: XLSX.WorkBook): ReadResult {
  const sheets: BookSheet[] = [];
  for (const [index, name] of workbook.SheetNames.entries()) {
    const sheet = workbook.Sheets[name];
    const rows = sheet ? sheetRows(sheet) : [];
    if (rows.length > SHEET_MAX_ROWS) return fail({ code: 'import_too_many_rows', params: { max: IMPORT_MAX_ROWS, sheet: name } });
    sheets.push({ name, hidden: Boolean(workbook.Workbook?.Sheets?.[index]?.Hidden), rows });
  }
  if (!sheets.some((s) => s.rows.length > 0)) return fail({ code: 'import_empty' });
  return { ok: true, book: { sheets, date1904: Boolean(workbook.Workbook?.WBProps?.date1904) } };
}

function sheetRows(sheet: XLSX.WorkSheet): (ImportCell | undefined)[][] {
  // Dense mode: rows and cells by their sheet address (A1 is [0][0]), with holes where nothing is.
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject[] | undefined)[];
  const rows: (ImportCell | undefined)[][] = [];
  let last = -1;
  for (let r = 0; r < data.length; r++) {
    const source = data[r];
    const row: (ImportCell | undefined)[] = [];
    if (source) {
      let width = 0;
      for (let c = 0; c < source.length; c++) {
        const cell = source[c] ? importCell(source[c]) : undefined;
        row.push(cell);
        if (cell) width = c + 1;
      }
      row.length = width;
    }
    rows.push(row);
    if (row.length > 0) last = r;
  }
  rows.length = last + 1;
  return rows;
}

/**
 * SheetJS's cell as the import's. Empty cells (a stub, '' or spaces) are no cell, even when a formula
 * made them: sheets often carry =IF(…,"",…) far below the data, and such rows must end the data,
 * not be refused as formulas.
 */
export function importCell(cell: XLSX.CellObject): ImportCell | undefined {
  const { t, v, w } = cell;
  if (t === 'z' || v === undefined || v === null) return undefined;
  // Only a sheet's ISO date cells come as Dates with cellDates off; the text they show says the day.
  const out: ImportCell = v instanceof Date ? { t: 's', v: w ?? v.toISOString().slice(0, 10) } : { t, v };
  if (typeof out.v === 'string' && out.v.trim() === '') return undefined;
  if (w !== undefined && w !== String(out.v)) out.w = w;
  if (cell.f || cell.F) out.f = true;
  return out;
}
