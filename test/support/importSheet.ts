import * as XLSX from 'xlsx';
import { findHeaderRow, type ImportField } from '../../electron/contract/importHeaders';
import type { ImportCell } from '../../electron/contract/importCells';
import { STUDENT_IMPORT_FIELDS, type StudentSheet } from '../../electron/contract/importStudents';
import { readBook } from '../../renderer/imports/read/readBook';
import { fieldHeaders, sheetRecords } from '../../renderer/imports/sheet/columns';

/** An xlsx of these rows (a title or notes above the headers are fine), as a user's workbook would be. */
export function workbookOf(aoa: unknown[][], sheetName = '学生名单'): Uint8Array {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), sheetName);
  return new Uint8Array(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** The sheet as every kind's preview takes it. */
export interface SheetBase<K extends string> {
  fileName: string;
  sheetName: string;
  headers: Partial<Record<K, string>>;
  date1904: boolean;
  rows: { line: number; cells: Partial<Record<K, ImportCell>> }[];
}

/**
 * What the import page sends for a workbook's first sheet, made by the page's own functions: read
 * (readBook), the header row found and mapped by header for the kind's fields, each record with its Excel row number.
 */
export function sheetFrom<K extends string>(bytes: Uint8Array, fields: readonly ImportField<K>[], fileName: string): SheetBase<K> {
  const read = readBook(bytes, fileName);
  if (!read.ok) throw new Error(`unreadable: ${read.problem.code}`);
  const { name, rows } = read.book.sheets[0];
  const found = findHeaderRow(fields, rows);
  if (!found) throw new Error('no header row');
  return {
    fileName,
    sheetName: name,
    headers: fieldHeaders(rows, found.row, found.mapping, (letter) => `${letter}列`),
    date1904: read.book.date1904,
    rows: sheetRecords(rows, found.row, found.mapping),
  };
}

/** A student roster as the page sends it. */
export function sheetOf(bytes: Uint8Array, fileName = '学生名单.xlsx', extra: Partial<StudentSheet> = {}): StudentSheet {
  return { ...sheetFrom(bytes, STUDENT_IMPORT_FIELDS, fileName), createMissing: false, updateOnly: false, ...extra };
}
