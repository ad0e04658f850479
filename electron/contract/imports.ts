import { z } from 'zod';
import { method } from './define';
import type { ExportFile } from './export';
import { id, requiredText } from './fields';
import { STATUS_READS } from './org';
import { REGISTER_EDITORS } from './roles';

/**
 * 导入: the office's existing workbooks brought in. What each kind fills: a whole student roster,
 * bank accounts and phones collected later (matched by 身份证号), graduates' placements, and past
 * 发放表 as paid history. The page reads the file (renderer/imports/read); the backend checks every
 * row again before it writes, all of an import or none of it.
 */
export const IMPORT_KINDS = ['students', 'placements', 'disbursements'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The workbooks to fill that the page offers: one per kind. */
export const TEMPLATE_KINDS = ['students', 'bankAccounts', 'placements', 'disbursements'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** The largest file the page reads, and the most records one import takes. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 20_000;

/** One import as the history lists it. */
export interface ImportRecord {
  id: number;
  kind: ImportKind;
  fileName: string;
  sheetName: string;
  userName: string;
  createdAt: string;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  undoneAt: string | null;
  undoneByName: string | null;
  /** students it made or changed that someone has changed since (the first few names): it can no longer be undone */
  changedSince: string[];
}

export const importsMethods = {
  /** the imports made, newest first */
  'imports.list': method<ImportRecord[]>()({ input: z.object({}), roles: REGISTER_EDITORS, write: false }),
  /**
   * An import taken back as a whole, after a backup: the students it made are removed and those it
   * changed get their fields back; refused once any of them has been changed since.
   */
  'imports.undo': method<ImportRecord>()({ input: z.object({ id, reason: requiredText(200) }), roles: REGISTER_EDITORS, write: true, affects: [...STATUS_READS, 'companies', 'allowances', 'imports'] }),
  /** an empty workbook to fill: the headers, an instruction sheet, examples, lists to pick from; an export of nobody's data */
  'imports.template': method<ExportFile>()({ input: z.object({ kind: z.enum(TEMPLATE_KINDS) }), roles: REGISTER_EDITORS, write: false }),
};
