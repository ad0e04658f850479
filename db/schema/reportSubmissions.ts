import { blob, index, integer, sqliteTable, text, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * A 进展情况表 as it was sent (报送) to an authority: the period, the columns in effect, the whole
 * report and, for every figure of every row, the ids behind it, with a SHA-256 of both. Never
 * changed or deleted (triggers in migration 0023); one sent wrongly is superseded by a newer one.
 */
export const reportSubmissions = sqliteTable(
  'report_submissions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    year: integer('year').notNull(),
    periodFrom: text('period_from').notNull(),
    periodTo: text('period_to').notNull(),
    /** 上报对象, e.g. 省人社厅 */
    recipient: text('recipient').notNull(),
    note: text('note').notNull().default(''),
    /** the columns in effect when sent (JSON array of ProgressColumnKey) */
    columns: text('columns').notNull(),
    /** the whole ProgressReport (JSON) */
    report: text('report').notNull(),
    /** the ids behind each figure, by project id ('' for courses of no project) then figure (JSON of FrozenIds) */
    ids: text('ids').notNull(),
    /** hex SHA-256 of `report` and `ids` as stored (see electron/backend/reporting/submissions/snapshot.ts) */
    sha256: text('sha256').notNull(),
    /** the earlier submission this one replaces, with why */
    supersedes: integer('supersedes').references((): AnySQLiteColumn => reportSubmissions.id, { onDelete: 'restrict' }),
    supersedeReason: text('supersede_reason').notNull().default(''),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    createdAt: text('created_at').notNull(),
  },
  (t) => [index('report_submissions_year').on(t.year), index('report_submissions_supersedes').on(t.supersedes)],
);

/**
 * The PDF as it was sent with a submission, attached once by the office afterwards (the file the
 * authority received, whichever way it was made). Never changed or deleted (triggers in migration 0024).
 */
export const reportSubmissionFiles = sqliteTable('report_submission_files', {
  submissionId: integer('submission_id')
    .primaryKey()
    .references(() => reportSubmissions.id, { onDelete: 'restrict' }),
  fileName: text('file_name').notNull(),
  size: integer('size').notNull(),
  /** hex SHA-256 of `content` */
  sha256: text('sha256').notNull(),
  content: blob('content', { mode: 'buffer' }).notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
  createdAt: text('created_at').notNull(),
});
