import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/** Append-only record of every write: who, when, what, before and after (JSON). */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id').references(() => users.id),
    /** e.g. 'create' | 'update' | 'delete' | 'status' | 'login' */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: text('before'),
    after: text('after'),
    /** the network address the change came from (null: the host PC's own window) */
    clientAddress: text('client_address'),
  },
  (t) => [index('audit_at').on(t.at), index('audit_entity').on(t.entity, t.entityId), index('audit_user').on(t.userId)],
);
