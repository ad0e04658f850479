import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** unique ignoring case: "OFFICE" and "office" are one user name */
    username: text('username').notNull().unique(),
    displayName: text('display_name').notNull(),
    /** 'admin' | 'office' | 'counsellor' | 'finance' | 'viewer' */
    role: text('role').notNull(),
    /** scrypt$N$r$p$salt$hash (base64) */
    passwordHash: text('password_hash').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    lastLoginAt: text('last_login_at'),
    /** set when an administrator chose the password (new account, reset): the user must pick their own */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('users_username_nocase').on(sql`lower(${t.username})`)],
);

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
    /** where the session was opened from and was last seen (null: this PC's own window) */
    address: text('address'),
    /** the browser or app it was opened in (its User-Agent): the session is refused from any other */
    device: text('device'),
    lastSeenAt: text('last_seen_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * Failed sign-ins per user name ('user:office') and per client address ('addr:10.0.0.5'), kept in
 * the database so a restart does not clear a lockout. Rows expire; the table is bounded.
 */
export const loginFailures = sqliteTable('login_failures', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  firstAt: text('first_at').notNull(),
  lockedUntil: text('locked_until'),
});

/** Facts about the database itself, e.g. which app version last opened it. */
export const appMeta = sqliteTable('app_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
