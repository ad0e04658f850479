import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { students } from './students';
import { users } from './users';

/**
 * 预警 reviewed by the office: a flag is computed from the check-ins each time it is shown; a
 * review covers the reasons it had then (`reasons_key`), so a new reason raises the flag again.
 */
export const warningReviews = sqliteTable(
  'warning_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    /** the reasons reviewed, as `rule:month,month;…` */
    reasonsKey: text('reasons_key').notNull(),
    note: text('note').notNull(),
    reviewedBy: integer('reviewed_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    reviewedAt: text('reviewed_at').notNull(),
  },
  (t) => [index('warning_reviews_student').on(t.studentId, t.reviewedAt)],
);
