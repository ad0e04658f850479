import type { ImportCell } from '../../../electron/contract/importCells';
import { HEADER_SEARCH_ROWS, isDataRow, type ImportMapping } from '../../../electron/contract/importHeaders';
import type { BookSheet } from '../read/readBook';

/**
 * From a read sheet to what the import page shows and sends: the columns under the header row,
 * the rows that are records, each with the Excel row number the office sees. Pure, for the tests.
 */

type Row = readonly (ImportCell | undefined)[];

/** What a cell shows in Excel: the formatted text of a number or date, else its value. */
export const shownText = (cell: ImportCell | undefined): string => (cell === undefined ? '' : cell.t === 's' ? String(cell.v) : (cell.w ?? String(cell.v)));

/** A, B, …, Z, AA…: how Excel names the column, for a column without a header. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Sheets worth offering: not hidden (the template's 选项 list), with something in them. */
export const offeredSheets = (sheets: readonly BookSheet[], withHidden = false): number[] =>
  sheets.flatMap((sheet, index) => (sheet.rows.length > 0 && (withHidden || !sheet.hidden) ? [index] : []));

/** The rows a header may be in, as the page lists them: the first rows that have anything. */
export function headerCandidates(rows: readonly Row[]): { row: number; texts: string[] }[] {
  const out: { row: number; texts: string[] }[] = [];
  for (let row = 0; row < Math.min(rows.length, HEADER_SEARCH_ROWS); row++) {
    const texts = rows[row].map(shownText).map((t) => t.trim()).filter((t) => t !== '');
    if (texts.length > 0) out.push({ row, texts });
  }
  return out;
}

export interface SheetColumn {
  index: number;
  letter: string;
  /** as the file wrote it, trimmed; '' when the column has none */
  header: string;
  /** the first few records' values, as shown */
  samples: string[];
}

/** The records under the header row: not blank, not a 合计 line (importHeaders' isDataRow). */
export function dataRowIndexes(rows: readonly Row[], headerRow: number): number[] {
  const out: number[] = [];
  for (let r = headerRow + 1; r < rows.length; r++) if (isDataRow(rows[r])) out.push(r);
  return out;
}

/** Every column with a header or a value in a record; a column with neither has nothing to import. */
export function sheetColumns(rows: readonly Row[], headerRow: number, samples = 3): SheetColumn[] {
  const header = rows[headerRow] ?? [];
  const data = dataRowIndexes(rows, headerRow);
  let width = header.length;
  const filled = new Set<number>();
  for (const r of data) {
    width = Math.max(width, rows[r].length);
    rows[r].forEach((cell, c) => cell && filled.add(c));
  }
  // A line holding only its 序号 shows nothing about the columns.
  const first = data.map((r) => rows[r]).filter((row) => row.filter(Boolean).length > 1).slice(0, samples);
  const columns: SheetColumn[] = [];
  for (let c = 0; c < width; c++) {
    const text = shownText(header[c]).trim();
    if (text === '' && !filled.has(c)) continue;
    columns.push({ index: c, letter: columnLetter(c), header: text, samples: first.map((row) => shownText(row[c]).trim()) });
  }
  return columns;
}

/**
 * The header each field is read from, to name the column in a message; a column the file left
 * without a header is named by its letter (`unnamed` says how: “F列”).
 */
export function fieldHeaders<K extends string>(
  rows: readonly Row[],
  headerRow: number,
  mapping: ImportMapping<K>,
  unnamed: (letter: string) => string,
): Partial<Record<K, string>> {
  const header = rows[headerRow] ?? [];
  const out: Partial<Record<K, string>> = {};
  for (const [field, column] of Object.entries(mapping) as [K, number | undefined][]) {
    if (column === undefined) continue;
    const text = shownText(header[column]).trim();
    out[field] = (text || unnamed(columnLetter(column))).slice(0, 100);
  }
  return out;
}

export interface SheetRecord<K extends string> {
  /** the Excel row number (1-based) */
  line: number;
  cells: Partial<Record<K, ImportCell>>;
}

/**
 * Each record's mapped cells. A row whose mapped columns are all empty is left out: pre-numbered
 * blank lines (a 序号 column filled down to 100) are not records.
 */
export function sheetRecords<K extends string>(rows: readonly Row[], headerRow: number, mapping: ImportMapping<K>): SheetRecord<K>[] {
  const fields = Object.entries(mapping).filter(([, column]) => column !== undefined) as [K, number][];
  const records: SheetRecord<K>[] = [];
  for (const r of dataRowIndexes(rows, headerRow)) {
    const cells: Partial<Record<K, ImportCell>> = {};
    let any = false;
    for (const [field, column] of fields) {
      const cell = rows[r][column];
      if (cell) [cells[field], any] = [cell, true];
    }
    if (any) records.push({ line: r + 1, cells });
  }
  return records;
}
