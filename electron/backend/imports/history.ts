import { and, desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { backupNow } from '../../../db/open';
import type { Db } from '../../../db/open';
import { importedStudents, imports, students, studentStatusEvents, users } from '../../../db/schema';
import type { ImportKind, ImportRecord } from '../../contract/imports';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind } from '../rpc/versioned';
import { nameKeys } from '../students/pinyin';

/** How many of the students changed since an import the list names. */
const NAMED = 3;

/** The students an import made or changed whose record someone has changed since (their version moved on), by name. */
function changedSince(db: Db, importId: number): string[] {
  return db
    .select({ name: students.name })
    .from(importedStudents)
    .innerJoin(students, eq(students.id, importedStudents.studentId))
    .where(and(eq(importedStudents.importId, importId), sql`${students.version} <> ${importedStudents.version}`))
    .limit(NAMED)
    .all()
    .map((s) => s.name);
}

function records(db: Db, where = sql`1`): ImportRecord[] {
  const undoer = alias(users, 'undoer');
  return db
    .select({
      id: imports.id,
      kind: imports.kind,
      fileName: imports.fileName,
      sheetName: imports.sheetName,
      userName: users.displayName,
      createdAt: imports.createdAt,
      created: imports.created,
      updated: imports.updated,
      unchanged: imports.unchanged,
      skipped: imports.skipped,
      undoneAt: imports.undoneAt,
      undoneByName: undoer.displayName,
    })
    .from(imports)
    .innerJoin(users, eq(users.id, imports.userId))
    .leftJoin(undoer, eq(undoer.id, imports.undoneBy))
    .where(where)
    .orderBy(desc(imports.id))
    .all()
    .map((r) => ({ ...r, kind: r.kind as ImportKind, changedSince: r.undoneAt ? [] : changedSince(db, r.id) }));
}

/**
 * Takes an import back: each student it changed gets the fields it replaced, each it made goes with
 * their status history. Refused whole once any of them has been changed since, or when a student it
 * made has records of their own by now (a check-in, a payment): those are not the import's to remove.
 */
function undo(ctx: AuthedCtx, id: number, reason: string): ImportRecord {
  const record = mustFind(records(ctx.db, sql`${imports.id} = ${id}`)[0]);
  if (record.undoneAt) throw new AppError('import_undone', { date: record.undoneAt.slice(0, 10), name: record.undoneByName ?? '' });
  if (record.changedSince.length) throw new AppError('import_changed_since', { names: record.changedSince.join('、') });
  const items = ctx.db.select().from(importedStudents).where(eq(importedStudents.importId, id)).all();
  const at = ctx.now().toISOString();
  for (const item of items) {
    if (item.action === 'update') {
      const before = JSON.parse(item.before ?? '{}') as Record<string, unknown>;
      const names = typeof before.name === 'string' ? nameKeys(before.name) : {};
      ctx.db.update(students).set({ ...before, ...names, version: item.version + 1, updatedAt: at }).where(eq(students.id, item.studentId)).run();
      continue;
    }
    try {
      ctx.db.delete(studentStatusEvents).where(eq(studentStatusEvents.studentId, item.studentId)).run();
      ctx.db.delete(students).where(eq(students.id, item.studentId)).run();
    } catch (e) {
      // A RESTRICT foreign key (a check-in, an allowance line…) says so as SQLITE_CONSTRAINT_TRIGGER, with this message.
      if (!String((e as Error).message).includes('FOREIGN KEY constraint failed')) throw e;
      const { name } = ctx.db.select({ name: students.name }).from(students).where(eq(students.id, item.studentId)).get()!;
      throw new AppError('import_has_records', { name });
    }
  }
  ctx.db.update(imports).set({ undoneAt: at, undoneBy: ctx.user.id }).where(eq(imports.id, id)).run();
  ctx.audit({ action: 'undo', entity: 'import', entityId: id, after: { reason, fileName: record.fileName, removed: record.created, restored: record.updated } });
  return records(ctx.db, sql`${imports.id} = ${id}`)[0];
}

export const historyHandlers: Handlers<'imports.list' | 'imports.undo'> = {
  'imports.list': (_input, { db }) => records(db),
  'imports.undo': {
    prepare: async (_input, ctx) => backupNow(ctx.sqlite, 'before-undo-import', ctx.now()),
    run: ({ id, reason }, ctx) => undo(ctx, id, reason),
  },
};
