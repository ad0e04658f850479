import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../../db/open';
import { imports, users } from '../../../../db/schema';
import type { ImportKind, ImportRecord } from '../../../contract/imports';
import type { AuthedCtx, Handlers } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { mustFind } from '../../rpc/versioned';
import { disbursementHistory } from '../disbursements/history';
import { backupFirst } from '../rows';
import { placementHistory } from '../placements/history';
import { studentHistory } from '../students/history';
import type { KindHistory } from './kind';

const KINDS: Record<ImportKind, KindHistory> = { students: studentHistory, placements: placementHistory, disbursements: disbursementHistory };

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
    .map((r) => {
      const kind = r.kind as ImportKind;
      return { ...r, kind, changedSince: r.undoneAt ? [] : KINDS[kind].changedSince(db, r.id) };
    });
}

/** Takes an import back as a whole, refused once anything it made or changed has been changed since. */
function undo(ctx: AuthedCtx, id: number, reason: string): ImportRecord {
  const record = mustFind(records(ctx.db, sql`${imports.id} = ${id}`)[0]);
  if (record.undoneAt) throw new AppError('import_undone', { date: record.undoneAt.slice(0, 10), name: record.undoneByName ?? '' });
  if (record.changedSince.length) throw new AppError('import_changed_since', { names: record.changedSince.join('、') });
  KINDS[record.kind].undo(ctx, id);
  ctx.db.update(imports).set({ undoneAt: ctx.now().toISOString(), undoneBy: ctx.user.id }).where(eq(imports.id, id)).run();
  ctx.audit({ action: 'undo', entity: 'import', entityId: id, after: { reason, kind: record.kind, fileName: record.fileName, removed: record.created, restored: record.updated } });
  return records(ctx.db, sql`${imports.id} = ${id}`)[0];
}

export const historyHandlers: Handlers<'imports.list' | 'imports.undo'> = {
  'imports.list': (_input, { db }) => records(db),
  'imports.undo': {
    prepare: (_input, ctx) => backupFirst(ctx, 'before-undo-import'),
    run: ({ id, reason }, ctx) => undo(ctx, id, reason),
  },
};
