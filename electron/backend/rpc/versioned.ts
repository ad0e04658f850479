import { and, desc, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db } from '../../../db/open';
import { auditLog, users } from '../../../db/schema';
import type { Locale } from '../../contract/messages';
import { AppError } from './errors';

// Every editable table has these columns (see db/schema/common.ts).
type VersionedTable = SQLiteTable & { id: SQLiteColumn; version: SQLiteColumn };

/**
 * Update one row only if nobody saved it since the caller read it (optimistic locking).
 * A stale save is refused with the name of whoever saved last and when, and nothing is written.
 */
export function updateVersioned(
  db: Db,
  table: VersionedTable,
  entity: string,
  id: number,
  version: number,
  values: Record<string, unknown>,
  now: Date,
  locale: Locale,
): void {
  const res = db
    .update(table)
    .set({ ...values, version: version + 1, updatedAt: now.toISOString() } as never)
    .where(and(eq(table.id, id), eq(table.version, version)))
    .run();
  if (res.changes === 1) return;
  const exists = db.select({ id: table.id }).from(table).where(eq(table.id, id)).get();
  if (!exists) throw new AppError('not_found');
  throw conflictError(db, entity, id, locale);
}

export function conflictError(db: Db, entity: string, id: number, locale: Locale): AppError {
  const last = db
    .select({ at: auditLog.at, user: users.displayName })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    // A bulk change is one entry for many records, with no entity id; it lists theirs as `<entity>Ids`.
    .where(and(eq(auditLog.entity, entity), or(eq(auditLog.entityId, id), and(isNull(auditLog.entityId), listsId(entity, id)))))
    .orderBy(desc(auditLog.id))
    .get();
  // In the message, China time (the office's); `time` lets the app show it in the same zone as the
  // rest of its page, which need not be the backend host's.
  const at = last ? new Date(last.at).toLocaleString(locale, { timeZone: 'Asia/Shanghai', hour12: false }) : '?';
  return new AppError('conflict', { user: last?.user ?? '?', at, ...(last ? { time: last.at } : {}) });
}

const listsId = (entity: string, id: number): SQL => sql`${id} IN (SELECT value FROM json_each(${auditLog.after}, ${`$.${entity}Ids`}))`;

/** Fetch by id or refuse with not_found. */
export function mustFind<T>(row: T | undefined): T {
  if (row === undefined) throw new AppError('not_found');
  return row;
}
