import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';

/**
 * 银行模板: how one bank wants a batch-payment file (代发文件). Banks differ in the columns they
 * take and their order, in file kind and text encoding, so finance keeps one template per bank.
 */
export const bankTemplates = sqliteTable('bank_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** JSON array of column codes in file order: 'accountName' | 'account' | 'amount' | 'idNumber' | 'bankName' | 'purpose' | 'note' | 'phone' */
  columns: text('columns', { mode: 'json' }).$type<string[]>().notNull(),
  /** 'xlsx' | 'text' */
  format: text('format').notNull(),
  /** text files only: 'comma' | 'pipe' | 'tab' */
  separator: text('separator'),
  /** text files only: 'gbk' | 'utf8' */
  encoding: text('encoding').notNull().default('gbk'),
  headerRow: integer('header_row', { mode: 'boolean' }).notNull().default(true),
  /** a 合计 line at the end with the count and the total */
  totalRow: integer('total_row', { mode: 'boolean' }).notNull().default(false),
  /** 用途/摘要 per batch, with {policy}, {period} and {batchNo} filled in */
  purpose: text('purpose').notNull().default(''),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  ...timestamps,
  ...version,
});
