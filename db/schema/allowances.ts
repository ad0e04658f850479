import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { students } from './students';
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

/**
 * 发放批次: one policy's payments (or waivers) for one period. Its lines are proposed from the
 * register when it is made, adjusted in draft, and locked once approved; nothing paid is edited.
 */
export const allowanceBatches = sqliteTable(
  'allowance_batches',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** printed on the sheet: the year it was made and its number in that year, 2026-0007 */
    batchNo: text('batch_no').notNull().unique(),
    policyId: integer('policy_id')
      .notNull()
      .references(() => allowancePolicies.id, { onDelete: 'restrict' }),
    /** the period paid: YYYY-MM (monthly), YYYY-1 / YYYY-2 (a term of the academic year beginning in YYYY), YYYY (that academic year), or the day (one-off) */
    period: text('period').notNull(),
    /** the academic year the caps count in, by the year it begins */
    academicYear: integer('academic_year').notNull(),
    /** 'draft' | 'submitted' | 'reviewed' | 'approved' | 'paid' */
    status: text('status').notNull().default('draft'),
    preparedBy: integer('prepared_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    notes: text('notes').notNull().default(''),
    /** 公示: the first day the recipients' list was posted (policies with notice days); cleared when the batch goes back to draft */
    noticeFrom: text('notice_from'),
    /** 已发放: the day the bank paid, and its reference */
    paidOn: text('paid_on'),
    bankRef: text('bank_ref').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [index('allowance_batches_policy').on(t.policyId, t.period)],
);

/** Each step a batch took (提交, 复核, 审批, 退回, 公示, 发放): who, when, and the reason for a 退回. */
export const allowanceBatchSteps = sqliteTable(
  'allowance_batch_steps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => allowanceBatches.id, { onDelete: 'cascade' }),
    /** 'submit' | 'review' | 'approve' | 'return' | 'notice' | 'pay' */
    action: text('action').notNull(),
    fromStatus: text('from_status').notNull(),
    toStatus: text('to_status').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    at: text('at').notNull(),
    note: text('note').notNull().default(''),
  },
  (t) => [index('allowance_batch_steps_batch').on(t.batchId)],
);

/** One student's amount in a batch, in fen; a reversal is negative and names the line it corrects. */
export const allowanceLines = sqliteTable(
  'allowance_lines',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    batchId: integer('batch_id')
      .notNull()
      .references(() => allowanceBatches.id, { onDelete: 'cascade' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    amountFen: integer('amount_fen').notNull(),
    /** the proposed amount before a change by hand in draft; null when unchanged */
    proposedFen: integer('proposed_fen'),
    /** why the amount differs from the rate (capped, changed by hand, a reversal) */
    reason: text('reason').notNull().default(''),
    reversesLineId: integer('reverses_line_id').references((): AnySQLiteColumn => allowanceLines.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    // One line per student per batch, besides reversals of earlier lines.
    uniqueIndex('allowance_lines_batch_student').on(t.batchId, t.studentId).where(sql`reverses_line_id IS NULL`),
    index('allowance_lines_batch').on(t.batchId),
    index('allowance_lines_student').on(t.studentId),
    // What was reversed of a line: the ledger asks for each of a student's lines.
    index('allowance_lines_reverses').on(t.reversesLineId).where(sql`reverses_line_id IS NOT NULL`),
  ],
);

/**
 * What paid batches gave each student under each policy in each academic year (a reversal in the
 * year of the line it corrects), added when a batch is paid: the office's totals read these
 * instead of every line of ten years. Paid lines never change, so neither does a sum once added.
 */
export const allowancePaidTotals = sqliteTable(
  'allowance_paid_totals',
  {
    academicYear: integer('academic_year').notNull(),
    policyId: integer('policy_id')
      .notNull()
      .references(() => allowancePolicies.id, { onDelete: 'restrict' }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    amountFen: integer('amount_fen').notNull(),
    lines: integer('lines').notNull(),
  },
  (t) => [primaryKey({ columns: [t.academicYear, t.policyId, t.studentId] })],
);

/** 异议: an objection to a line received while the batch's notice was posted. */
export const allowanceObjections = sqliteTable(
  'allowance_objections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    lineId: integer('line_id')
      .notNull()
      .references(() => allowanceLines.id, { onDelete: 'cascade' }),
    receivedOn: text('received_on').notNull(),
    content: text('content').notNull(),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('allowance_objections_line').on(t.lineId)],
);
