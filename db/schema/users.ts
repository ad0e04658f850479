import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  /** 'admin' | 'office' | 'counsellor' | 'finance' | 'viewer' */
  role: text('role').notNull(),
  /** scrypt$N$r$p$salt$hash (base64) */
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  lastLoginAt: text('last_login_at'),
  ...timestamps,
  ...version,
});

/** Login sessions. Only a SHA-256 of the token is stored, so a copied DB file does not leak live sessions. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: text('created_at').notNull(),
    expiresAt: text('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);
