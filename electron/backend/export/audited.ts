import { EXPORT_MAX_ROWS, type ExportFile } from '../../contract/export';
import type { AuditRecord, Ctx } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { buildXlsx, type ExportSheet } from './workbook';

/** An export ready to hand over, and the audit record saying who took what. */
export interface Prepared {
  file: ExportFile;
  audit: AuditRecord;
}

/** Refuses an export larger than EXPORT_MAX_ROWS before it is read, naming how many the filter finds. */
export function withinLimit(total: number): void {
  if (total > EXPORT_MAX_ROWS) throw AppError.field('filter', 'export_too_many', { max: EXPORT_MAX_ROWS, count: total });
}

/**
 * The two steps of an export method. Its `prepare` reads and builds the file (prepareExport)
 * before the call's transaction, so the database is never held while a spreadsheet of 20,000 rows
 * is written; its `run` records the export in that transaction and hands the file over (hand):
 * no entry, no file.
 */
export function prepareExport<R>(sheet: ExportSheet<R>, fileName: string, audit: AuditRecord): Prepared {
  return { file: { fileName, base64: buildXlsx(sheet).toString('base64'), rows: sheet.rows.length }, audit };
}

export function hand(ctx: Pick<Ctx, 'audit'>, prepared: unknown): ExportFile {
  const { file, audit } = prepared as Prepared;
  ctx.audit(audit);
  return file;
}
