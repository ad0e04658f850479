import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';

/**
 * 企业: the shared directory of internship hosts and employers. One company is one row however its
 * name was typed (name_key) and whatever it was entered as before (统一社会信用代码, when known).
 */
export const companies = sqliteTable('companies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  /** the name as compared: half-width, no spaces, （）as (), upper case */
  nameKey: text('name_key').notNull().unique(),
  /** 统一社会信用代码 (GB 32100-2015), upper case; null when not known */
  creditCode: text('credit_code').unique(),
  industry: text('industry').notNull().default(''),
  province: text('province').notNull().default(''),
  city: text('city').notNull().default(''),
  contactName: text('contact_name').notNull().default(''),
  contactPhone: text('contact_phone').notNull().default(''),
  notes: text('notes').notNull().default(''),
  ...timestamps,
  ...version,
});
