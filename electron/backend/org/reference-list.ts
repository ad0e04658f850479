import { eq, sql, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import type { MessageKey } from '../../contract/messages';
import type { AuthedCtx } from '../rpc/context';
import { AppError, unlessTaken } from '../rpc/errors';
import { conflictError, updateVersioned } from '../rpc/versioned';
import { changedFields } from '../audit/record';

interface RefTable extends SQLiteTable {
  id: SQLiteColumn;
  version: SQLiteColumn;
}

export interface ReferenceListConfig<Row extends { id: number; version: number }, Fields extends object> {
  table: RefTable;
  /** name written to the audit log */
  entity: string;
  /** field a UNIQUE violation is reported at */
  uniqueField: keyof Fields & string;
  /** what the message calls that field (名称“广西百色”已存在) */
  uniqueLabel: MessageKey;
  list(db: Db): Row[];
  get(db: Db, id: number): Row;
  /** cross-field checks that need the database (e.g. the cohort's project exists) */
  check?(db: Db, input: Fields): void;
  /** rows elsewhere that keep a row from being deleted */
  usedBy: { column: SQLiteColumn; table: SQLiteTable; what: MessageKey }[];
}

/** list / create / update / remove for one of the register's reference lists, audited and version-checked. */
export function referenceListHandlers<Row extends { id: number; version: number }, Fields extends object>(
  cfg: ReferenceListConfig<Row, Fields>,
) {
  const uniqueGuard = <T>(fields: Partial<Fields>, fn: () => T): T =>
    unlessTaken(fn, cfg.uniqueField, 'duplicate_value', { field: { key: cfg.uniqueLabel }, value: String(fields[cfg.uniqueField] ?? '') });
  return {
    list: (_input: unknown, ctx: AuthedCtx) => cfg.list(ctx.db),

    create: (input: Fields, ctx: AuthedCtx) => {
      cfg.check?.(ctx.db, input);
      const ts = ctx.now().toISOString();
      const { id } = uniqueGuard(input, () =>
        ctx.db
          .insert(cfg.table)
          .values({ ...input, createdAt: ts, updatedAt: ts } as InferInsertModel<RefTable>)
          .returning({ id: cfg.table.id })
          .get() as { id: number },
      );
      const row = cfg.get(ctx.db, id);
      ctx.audit({ action: 'create', entity: cfg.entity, entityId: id, after: input });
      return row;
    },

    update: (input: Fields & { id: number; version: number }, ctx: AuthedCtx) => {
      const { id, version, ...fields } = input;
      cfg.check?.(ctx.db, fields as unknown as Fields);
      const before = cfg.get(ctx.db, id);
      uniqueGuard(fields as Partial<Fields>, () => updateVersioned(ctx.db, cfg.table, cfg.entity, id, version, fields, ctx.now(), ctx.locale));
      const after = cfg.get(ctx.db, id);
      ctx.audit({ action: 'update', entity: cfg.entity, entityId: id, ...changedFields(before, after) });
      return after;
    },

    remove: ({ id, version }: { id: number; version: number }, ctx: AuthedCtx) => {
      const before = cfg.get(ctx.db, id);
      if (before.version !== version) throw conflictError(ctx.db, cfg.entity, id, ctx.locale);
      for (const use of cfg.usedBy) {
        const { count } = ctx.db.select({ count: sql<number>`count(*)` }).from(use.table).where(eq(use.column, id)).get()!;
        if (count > 0) throw new AppError('in_use', { count, what: { key: use.what } });
      }
      ctx.db.delete(cfg.table).where(eq(cfg.table.id, id)).run();
      ctx.audit({ action: 'delete', entity: cfg.entity, entityId: id, before });
      return { id };
    },
  };
}
