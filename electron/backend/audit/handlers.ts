import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { auditLog, users } from '../../../db/schema';
import type { AuditEntry, auditFilters } from '../../contract/audit';
import type { Page } from '../../contract/fields';
import type { AuditNamer } from '../area';
import type { Handlers } from '../rpc/context';

const nextDay = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);

export const auditHandlers = (namers: Record<string, AuditNamer>): Handlers<'audit.list'> => {
  const ENTITY_NAME = entityName(namers);
  return {
    'audit.list': ({ page, pageSize, ...filters }, { db }) => listAudit(db, ENTITY_NAME, filters, page, pageSize),
  };
};

/** One page of the log's entries that pass the filters, newest first (the list and the export). */
export function listAudit(
  db: Db,
  entityNameSql: SQL<string | null>,
  { entity, entityId, userId, from, to }: z.output<typeof auditFilters>,
  page: number,
  pageSize: number,
): Page<AuditEntry> {
  const where: SQL[] = [];
  if (entity) where.push(eq(auditLog.entity, entity));
  if (entityId) where.push(eq(auditLog.entityId, entityId));
  if (userId) where.push(eq(auditLog.userId, userId));
  // Audit times are UTC; the office works in China time (UTC+8), so a day starts at 16:00Z the day before.
  if (from) where.push(gte(auditLog.at, chinaDayStartUtc(from)));
  if (to) where.push(lt(auditLog.at, chinaDayStartUtc(nextDay(to))));
  const cond = where.length ? and(...where) : undefined;
  const { total } = db.select({ total: sql<number>`count(*)` }).from(auditLog).where(cond).get()!;
  const rows = db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      userId: auditLog.userId,
      userName: users.displayName,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      entityName: entityNameSql,
      before: auditLog.before,
      after: auditLog.after,
      clientAddress: auditLog.clientAddress,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(cond)
    .orderBy(desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map((r) => ({ ...r, before: r.before ? JSON.parse(r.before) : null, after: r.after ? JSON.parse(r.after) : null }));
  return { rows, total, page, pageSize };
}

/** The current name of the record an entry is about, looked up per entity kind (a page is 50 rows: cheap). */
export function entityName(namers: Record<string, AuditNamer>): SQL<string | null> {
  const kinds = Object.entries(namers).map(([entity, name]) => sql`WHEN ${entity} THEN (${name(sql`${auditLog.entityId}`)})`);
  return kinds.length ? sql<string | null>`CASE ${auditLog.entity} ${sql.join(kinds, sql` `)} END` : sql<null>`NULL`;
}

function chinaDayStartUtc(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
}
