import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Key/value settings; each value is JSON validated by the settings contract. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
