import { z } from 'zod';
import { id, versionField } from './fields';
import { importCell } from './importCells';
import type { DisbursementImportField } from './importDisbursements';
import type { PlacementImportField } from './importPlacements';
import { IMPORT_MAX_ROWS } from './imports';
import type { StudentImportField } from './importStudents';

/**
 * What every kind of import shares: the sheet as the page sends it, and the preview's verdict on
 * each record. Every kind matches its records to the register's students by 身份证号.
 */

/** Every kind's columns by key: a key two kinds share (姓名, 身份证号, 备注) means the same in both. */
export type AnyImportField = StudentImportField | PlacementImportField | DisbursementImportField;

/** What the page sends of a sheet: each record's cells by field, with the Excel row it came from. */
export function importSheet<K extends string>(keys: readonly [K, ...K[]]) {
  return z.object({
    fileName: z.string().trim().min(1).max(200),
    sheetName: z.string().max(100),
    /** the header each field was read from, as the file wrote it, to name the column in a message */
    headers: z.partialRecord(z.enum(keys), z.string().max(100)),
    date1904: z.boolean().default(false),
    rows: z
      .array(z.object({ line: z.number().int().positive(), cells: z.partialRecord(z.enum(keys), importCell) }))
      .min(1, 'import_no_rows')
      .max(IMPORT_MAX_ROWS, 'import_too_many_rows'),
  });
}

/** The versions the preview showed of what an update changes (the student, or the student's placement), sent back with the import. */
export const seenVersions = z.array(z.object({ studentId: id, version: versionField })).max(IMPORT_MAX_ROWS);

/** What importing a record would do. */
export const IMPORT_ROW_STATUSES = ['new', 'update', 'unchanged', 'error'] as const;
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number];

/** A reason a record is refused (or, for a warning, looks wrong): the column as the file named it, and why, in the user's language. */
export interface ImportProblem<F extends string = string> {
  field: F | null;
  header: string | null;
  message: string;
}

export interface ImportChange<F extends string = string> {
  field: F;
  header: string;
  before: string;
  after: string;
}

export interface ImportRow<F extends string = string> {
  /** the Excel row number */
  line: number;
  status: ImportRowStatus;
  name: string;
  idNumber: string;
  /** the register's student the record is about, and the version the preview saw of what an update changes */
  studentId: number | null;
  version: number | null;
  /** an update's fields old → new; a new record's main values (the amount of a payment) with `before` empty */
  changes: ImportChange<F>[];
  problems: ImportProblem<F>[];
  warnings: ImportProblem<F>[];
}

export interface ImportPreview<F extends string = string> {
  counts: Record<ImportRowStatus, number>;
  rows: ImportRow<F>[];
}

export interface ImportDone {
  importId: number;
  created: number;
  updated: number;
  unchanged: number;
  /** records with problems, left out */
  skipped: number;
}
