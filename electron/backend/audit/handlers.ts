import { and, desc, eq, gte, lt, sql, type SQL } from 'drizzle-orm';
import { auditLog, users } from '../../../db/schema';
import type { Handlers } from '../rpc/context';

const nextDay = (d: string) => new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10);

export const auditHandlers: Handlers<'audit.list'> = {
  'audit.list': ({ entity, entityId, userId, from, to, page, pageSize }, { db }) => {
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
        entityName: ENTITY_NAME,
        before: auditLog.before,
        after: auditLog.after,
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
  },
};

/** The current name of the record an entry is about, looked up per entity kind (a page is 50 rows: cheap). */
const ENTITY_NAME = sql<string | null>`CASE ${auditLog.entity}
  WHEN 'student' THEN (SELECT name FROM students WHERE id = ${auditLog.entityId})
  WHEN 'user' THEN (SELECT display_name FROM users WHERE id = ${auditLog.entityId})
  WHEN 'project' THEN (SELECT name FROM projects WHERE id = ${auditLog.entityId})
  WHEN 'cohort' THEN (SELECT p.name || ' ' || c.name FROM cohorts c JOIN projects p ON p.id = c.project_id WHERE c.id = ${auditLog.entityId})
  WHEN 'major' THEN (SELECT name FROM majors WHERE id = ${auditLog.entityId})
  WHEN 'class' THEN (SELECT name FROM classes WHERE id = ${auditLog.entityId})
END`;

function chinaDayStartUtc(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00+08:00`)).toISOString();
}
