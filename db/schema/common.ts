import { integer, text } from 'drizzle-orm/sqlite-core';

/** ISO-8601 UTC timestamp written by the backend (never by SQLite's clock, so tests can fix time). */
export const timestamps = {
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** Optimistic-lock counter: an update must name the version it read, or it is refused. */
export const version = { version: integer('version').notNull().default(1) };
