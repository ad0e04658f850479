import { sql } from 'drizzle-orm';
import { imports } from '../../../db/schema';
import type { ImportKind } from '../../contract/imports';
import { IMPORT_ROW_STATUSES, type ImportDone, type ImportPreview, type ImportProblem, type ImportRow } from '../../contract/importRows';
import { formatMessage, type MessageKey, type MessageParams } from '../../contract/messages';
import { uiText } from '../export/catalog';
import { unusable } from '../backups/restore';
import { backupByConfig } from '../backups/take';
import type { AuthedCtx, PrepareCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';

/** What every kind of import does alike: word a record's problems, find the students it names, refuse a stale preview, record the import. */

/** A reason a record is refused (or looks wrong), before it is worded in the user's language. */
export type Issue<F extends string = string> = { field: F | null; key: MessageKey; params?: MessageParams };

export function counted(rows: readonly { status: ImportRow['status'] }[]): ImportPreview['counts'] {
  const counts = Object.fromEntries(IMPORT_ROW_STATUSES.map((s) => [s, 0])) as ImportPreview['counts'];
  for (const r of rows) counts[r.status]++;
  return counts;
}

/** The column as the file named it, and the reason in the user's language. */
export const worded = <F extends string>(ctx: AuthedCtx, headers: Partial<Record<F, string>>, issue: Issue<F>): ImportProblem<F> => ({
  field: issue.field,
  header: issue.field ? (headers[issue.field] ?? null) : null,
  message: formatMessage(ctx.locale, issue.key, issue.params),
});

/** Thrown to roll a preview's transaction back. */
class PreviewOnly extends Error {}

/** A preview worked out as the import would be (it may make missing groups first to check against), then rolled back: it leaves nothing. */
export function previewOnly<T>(ctx: AuthedCtx, work: () => T): T {
  let answer: { value: T } | null = null;
  try {
    ctx.sqlite.transaction(() => {
      answer = { value: work() };
      throw new PreviewOnly();
    })();
  } catch (e) {
    if (!(e instanceof PreviewOnly)) throw e;
  }
  return answer!.value;
}

/** The template's examples say so in their 备注: one left in the file is not a record to import. */
const EXAMPLE_NOTES = new Set([uiText('zh-CN').importTemplate.example, uiText('en').importTemplate.example]);
export const isExampleNote = (note: string | undefined): boolean => note !== undefined && EXAMPLE_NOTES.has(note);

/** The 身份证号 as the register keeps it: the check character upper-case. */
export const normalisedId = (raw: string | undefined): string | null => (raw ? raw.toUpperCase() : null);

/** The register's students by 身份证号, for the ones a sheet names. */
export function studentIdsByIdNumber(ctx: AuthedCtx, idNumbers: readonly (string | null)[]): Map<string, number> {
  const wanted = JSON.stringify(idNumbers.filter((n): n is string => n !== null));
  const rows = ctx.db.all<{ id: number; idNumber: string }>(sql`SELECT id, id_number AS idNumber FROM students WHERE id_number IN (SELECT value FROM json_each(${wanted}))`);
  return new Map(rows.map((s) => [s.idNumber, s.id]));
}

/** Records that give the same value as another in one of the columns that must be unique in a file: each names the other's row. */
export function twinsIn<F extends string>(read: readonly { line: number }[], fields: { field: F; valueOf: (index: number) => string | null }[]): Map<number, Issue<F>[]> {
  const twins = new Map<number, Issue<F>[]>();
  const add = (line: number, issue: Issue<F>) => twins.set(line, [...(twins.get(line) ?? []), issue]);
  for (const { field, valueOf } of fields) {
    const seen = new Map<string, number>();
    read.forEach((r, index) => {
      const value = valueOf(index);
      if (!value) return;
      const first = seen.get(value);
      if (first === undefined) return void seen.set(value, r.line);
      add(r.line, { field, key: 'import_twin', params: { line: first } });
      add(first, { field, key: 'import_twin', params: { line: r.line } });
    });
  }
  return twins;
}

/**
 * Refuses the import whole when what a record changes is not as the preview showed it (another
 * user saved in between): `seen` holds the versions the preview showed, by student.
 */
export function refuseStale(rows: readonly ImportRow[], seen: readonly { studentId: number; version: number }[]): void {
  const versions = new Map(seen.map((s) => [s.studentId, s.version]));
  for (const r of rows) {
    if (r.studentId === null || (r.status !== 'update' && r.status !== 'unchanged')) continue;
    const shown = versions.get(r.studentId);
    if ((shown === undefined && r.status === 'update') || (shown !== undefined && shown !== r.version)) throw new AppError('import_changed', { name: r.name, line: r.line });
  }
}

/** The import's own record and its one audit entry: the file, the sheet, what it did. */
export function recordImport(
  ctx: AuthedCtx,
  kind: ImportKind,
  sheet: { fileName: string; sheetName: string },
  rows: readonly ImportRow[],
  backupFile: string,
): ImportDone {
  const counts = counted(rows);
  const { id: importId } = ctx.db
    .insert(imports)
    .values({ kind, fileName: sheet.fileName, sheetName: sheet.sheetName, userId: ctx.user.id, createdAt: ctx.now().toISOString(), created: counts.new, updated: counts.update, unchanged: counts.unchanged, skipped: counts.error, backupFile })
    .returning({ id: imports.id })
    .get();
  const done: ImportDone = { importId, created: counts.new, updated: counts.update, unchanged: counts.unchanged, skipped: counts.error };
  ctx.audit({ action: 'import', entity: 'import', entityId: importId, after: { kind, fileName: sheet.fileName, sheetName: sheet.sheetName, ...done } });
  return done;
}

/**
 * The backup an import (or its undo) takes first, outside the call's transaction while others go
 * on working: checked and copied like any other; the import does not start on a bad one.
 */
export async function backupFirst(ctx: PrepareCtx, why = 'before-import'): Promise<string> {
  const taken = await backupByConfig(ctx, why);
  if (!taken.ok) throw unusable(taken.problem);
  return taken.file;
}
