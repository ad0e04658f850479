import { importedStudents, students } from '../../../../db/schema';
import type { ImportDone } from '../../../contract/importRows';
import type { StudentImportPreview, StudentSheet } from '../../../contract/importStudents';
import type { StatusEvent } from '../../../contract/students';
import type { AuthedCtx, Handlers } from '../../rpc/context';
import { updateVersioned } from '../../rpc/versioned';
import { insertStudent } from '../../students/create';
import { nameKeys } from '../../students/pinyin';
import { backupFirst, counted, previewOnly, recordImport, refuseStale } from '../rows';
import { evaluate } from './evaluate';

const ENTERED: Record<string, StatusEvent> = { suspended: 'suspend', withdrawn: 'withdraw', graduated: 'graduate', completed: 'complete' };

function preview(ctx: AuthedCtx, sheet: StudentSheet): StudentImportPreview {
  return previewOnly(ctx, () => {
    const { rows, missing } = evaluate(ctx, sheet);
    return { counts: counted(rows), rows: rows.map(({ input: _i, enteredAs: _e, before: _b, ...row }) => row), missing };
  });
}

/**
 * The sheet's records without problems, written in the call's one transaction: refused whole when
 * a student an update changes is not as the preview showed them (another user saved in between).
 */
function write(ctx: AuthedCtx, sheet: StudentSheet & { seen: { studentId: number; version: number }[] }, backupFile: string): ImportDone {
  const { rows } = evaluate(ctx, sheet);
  refuseStale(rows, sheet.seen);
  const done = recordImport(ctx, 'students', sheet, rows, backupFile);
  const { importId } = done;
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
  return done;
}

export const studentImportHandlers: Handlers<'imports.previewStudents' | 'imports.importStudents'> = {
  'imports.previewStudents': (sheet, ctx) => preview(ctx, sheet),
  'imports.importStudents': {
    // Taken before the transaction, while others go on working: an import changes many students at once.
    prepare: (_input, ctx) => backupFirst(ctx),
    run: (input, ctx, backupFile) => write(ctx, input, backupFile as string),
  },
};
