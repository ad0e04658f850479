import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { users } from './users';

/**
 * 资助项目: an allowance the school pays (or a fee it waives) under one policy. Amounts are fen.
 * The amount itself lives in allowance_rates, dated, so a new rate never changes old batches.
 */
export const allowancePolicies = sqliteTable('allowance_policies', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** 'cash' | 'waiver' (减免: recorded, not paid out) */
  kind: text('kind').notNull(),
  /** 'monthly' | 'term' | 'year' | 'once' */
  period: text('period').notNull(),
  /** most a student may receive in one academic year (1 September to 31 August), all batches together; null: no cap */
  capFen: integer('cap_fen'),
  /** 'all' | 'poverty_registered' (建档立卡) | 'dormitory' | 'outside_guangdong' | 'chosen' */
  eligibility: text('eligibility').notNull(),
  fundingSource: text('funding_source').notNull().default(''),
  /** 公示: days of public notice (working days) before a batch may be approved; 0: none */
  noticeDays: integer('notice_days').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  notes: text('notes').notNull().default(''),
  ...timestamps,
  ...version,
});

/** A policy's standard amount per period from a date on; the one in effect on a batch's date is copied into its lines. */
export const allowanceRates = sqliteTable(
  'allowance_rates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    policyId: integer('policy_id')
      .notNull()
      .references(() => allowancePolicies.id, { onDelete: 'restrict' }),
    effectiveFrom: text('effective_from').notNull(),
    amountFen: integer('amount_fen').notNull(),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [uniqueIndex('allowance_rates_policy_from').on(t.policyId, t.effectiveFrom)],
);
