import { backupNow } from '../../../../db/open';
import { importedStudents, imports, students } from '../../../../db/schema';
import type { ImportDone, StudentImportPreview, StudentSheet } from '../../../contract/importStudents';
import { IMPORT_ROW_STATUSES } from '../../../contract/importStudents';
import type { StatusEvent } from '../../../contract/students';
import type { AuthedCtx, Handlers } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { updateVersioned } from '../../rpc/versioned';
import { insertStudent } from '../../students/create';
import { nameKeys } from '../../students/pinyin';
import { evaluate, type Evaluated } from './evaluate';

/** Thrown to roll a preview's transaction back: it makes the missing groups to check against, and must leave nothing. */
class PreviewOnly extends Error {}

const ENTERED: Record<string, StatusEvent> = { suspended: 'suspend', withdrawn: 'withdraw', graduated: 'graduate', completed: 'complete' };

function counted(rows: Evaluated[]) {
  const counts = Object.fromEntries(IMPORT_ROW_STATUSES.map((s) => [s, 0])) as StudentImportPreview['counts'];
  for (const r of rows) counts[r.status]++;
  return counts;
}

function preview(ctx: AuthedCtx, sheet: StudentSheet): StudentImportPreview {
  let answer: StudentImportPreview | null = null;
  try {
    ctx.sqlite.transaction(() => {
      const { rows, missing } = evaluate(ctx, sheet);
      answer = { counts: counted(rows), rows: rows.map(({ input: _i, enteredAs: _e, before: _b, ...row }) => row), missing };
      throw new PreviewOnly();
    })();
  } catch (e) {
    if (!(e instanceof PreviewOnly)) throw e;
  }
  return answer!;
}

/**
 * The sheet's records without problems, written in the call's one transaction: refused whole when
 * a student an update changes is not as the preview showed them (another user saved in between).
 */
function write(ctx: AuthedCtx, sheet: StudentSheet & { seen: { studentId: number; version: number }[] }, backupFile: string): ImportDone {
  const { rows } = evaluate(ctx, sheet);
  const seen = new Map(sheet.seen.map((s) => [s.studentId, s.version]));
  for (const r of rows) {
    if ((r.status === 'update' || r.status === 'unchanged') && seen.has(r.studentId!) && seen.get(r.studentId!) !== r.version) throw new AppError('import_changed', { name: r.name, line: r.line });
    if (r.status === 'update' && !seen.has(r.studentId!)) throw new AppError('import_changed', { name: r.name, line: r.line });
  }
  const counts = counted(rows);
  const at = ctx.now().toISOString();
  const { id: importId } = ctx.db
    .insert(imports)
    .values({ kind: 'students', fileName: sheet.fileName, sheetName: sheet.sheetName, userId: ctx.user.id, createdAt: at, created: counts.new, updated: counts.update, unchanged: counts.unchanged, skipped: counts.error, backupFile })
    .returning({ id: imports.id })
    .get();
  const reason = `导入：${sheet.fileName}`;
  for (const r of rows) {
    if (r.status === 'new') {
      const as = r.enteredAs && { status: r.enteredAs.status as Exclude<typeof r.enteredAs.status, 'enrolled'>, event: ENTERED[r.enteredAs.status], date: r.enteredAs.date, reason };
      const studentId = insertStudent(ctx, r.input!, as);
      ctx.db.insert(importedStudents).values({ importId, studentId, action: 'create', before: null, version: 1 }).run();
    } else if (r.status === 'update') {
      const { before, input, version } = r;
      updateVersioned(ctx.db, students, 'student', before!.id, version!, { ...input!, ...nameKeys(input!.name) }, ctx.now(), ctx.locale);
      const was = Object.fromEntries(Object.keys(input!).map((k) => [k, (before as unknown as Record<string, unknown>)[k]]));
      ctx.db.insert(importedStudents).values({ importId, studentId: before!.id, action: 'update', before: JSON.stringify(was), version: version! + 1 }).run();
    }
  }
  const done: ImportDone = { importId, created: counts.new, updated: counts.update, unchanged: counts.unchanged, skipped: counts.error };
  ctx.audit({ action: 'import', entity: 'import', entityId: importId, after: { fileName: sheet.fileName, sheetName: sheet.sheetName, ...done } });
  return done;
}

export const studentImportHandlers: Handlers<'imports.previewStudents' | 'imports.importStudents'> = {
  'imports.previewStudents': (sheet, ctx) => preview(ctx, sheet),
  'imports.importStudents': {
    // Taken before the transaction, while others go on working: an import changes many students at once.
    prepare: async (_input, ctx) => backupNow(ctx.sqlite, 'before-import', ctx.now()),
    run: (input, ctx, backupFile) => write(ctx, input, backupFile as string),
  },
};
