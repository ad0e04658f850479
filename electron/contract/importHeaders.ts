import { toHalfWidth } from './halfwidth';
import type { ImportCell } from './importCells';

/** A field an import fills, and the headers offices write for it (the first is the template's). */
export interface ImportField<K extends string = string> {
  key: K;
  headers: readonly string[];
  required?: boolean;
}

/** Which column (0-based) each field is read from; a field left out is not in the file. */
export type ImportMapping<K extends string = string> = Partial<Record<K, number>>;

/**
 * A header as compared: half-width, no spaces (性 别), no required-marks or notes in brackets
 * (身份证号（必填）, *姓名), lower case. So 身份证号码 and 身份证号 still differ: variants are listed.
 */
export function headerKey(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/\([^)]*\)|\[[^\]]*\]|【[^】]*】/g, '')
    .replace(/[*＊:：]/g, '')
    .toLowerCase();
}

const cellText = (cell: ImportCell | undefined): string => (cell === undefined ? '' : String(cell.t === 's' ? cell.v : (cell.w ?? cell.v)));

/** The field a header names, if any. */
export function fieldOfHeader<K extends string>(fields: readonly ImportField<K>[], header: string): K | null {
  const key = headerKey(header);
  if (key === '') return null;
  return fields.find((f) => f.headers.some((h) => headerKey(h) === key))?.key ?? null;
}

/** A row's fields by header, first column first when two name the same field. */
export function mappingOf<K extends string>(fields: readonly ImportField<K>[], row: readonly (ImportCell | undefined)[]): ImportMapping<K> {
  const mapping: ImportMapping<K> = {};
  row.forEach((cell, column) => {
    const field = fieldOfHeader(fields, cellText(cell));
    if (field !== null && mapping[field] === undefined) mapping[field] = column;
  });
  return mapping;
}

/** How far down a title, notes and merged cells may push the header row. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: of the first rows, the one naming the most fields (at least two), so a title
 * (学生花名册), a date line or merged cells above it are passed over. Null when none does.
 */
export function findHeaderRow<K extends string>(fields: readonly ImportField<K>[], rows: readonly (readonly (ImportCell | undefined)[])[]): { row: number; mapping: ImportMapping<K> } | null {
  let best: { row: number; mapping: ImportMapping<K> } | null = null;
  let most = 1;
  for (let row = 0; row < Math.min(rows.length, HEADER_SEARCH_ROWS); row++) {
    const mapping = mappingOf(fields, rows[row]);
    const count = Object.keys(mapping).length;
    if (count > most) [best, most] = [{ row, mapping }, count];
  }
  return best;
}

/** A 合计/总计/小计 line under the data, or a line with nothing in it: not a record. */
export function isDataRow(cells: readonly (ImportCell | undefined)[]): boolean {
  const texts = cells.map((c) => toHalfWidth(cellText(c)).replace(/\s+/g, '')).filter((t) => t !== '');
  if (texts.length === 0) return false;
  return !/^(合计|总计|小计|共计)/.test(texts[0]);
}

/** The fields a mapping leaves out although every record needs them. */
export const missingRequired = <K extends string>(fields: readonly ImportField<K>[], mapping: ImportMapping<K>): K[] =>
  fields.filter((f) => f.required && mapping[f.key] === undefined).map((f) => f.key);
