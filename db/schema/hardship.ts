import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { allowanceLines, allowancePolicies } from './allowances';
import { checkins } from './checkins';
import { timestamps, version } from './common';
import { students } from './students';
import { users } from './users';

/**
 * 临时困难补助 and other aid for chosen students: a request for one student, decided by someone
 * other than who asked, then paid through the next batch of its policy (the line it became).
 */
export const hardshipRequests = sqliteTable(
  'hardship_requests',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    policyId: integer('policy_id')
      .notNull()
      .references(() => allowancePolicies.id, { onDelete: 'restrict' }),
    amountFen: integer('amount_fen').notNull(),
    reason: text('reason').notNull(),
    /** the month's check-in that asked for it (help: 申请困难补助), if any */
    checkinId: integer('checkin_id').references(() => checkins.id, { onDelete: 'set null' }),
    /** 'pending' | 'approved' | 'rejected' */
    status: text('status').notNull().default('pending'),
    requestedBy: integer('requested_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    decidedBy: integer('decided_by').references(() => users.id, { onDelete: 'restrict' }),
    decidedAt: text('decided_at'),
    decisionNote: text('decision_note').notNull().default(''),
    /** the batch line paying it; back to null if that draft line is removed, so the next batch takes it */
    lineId: integer('line_id').references(() => allowanceLines.id, { onDelete: 'set null' }),
    ...timestamps,
    ...version,
  },
  (t) => [index('hardship_requests_student').on(t.studentId), index('hardship_requests_policy').on(t.policyId, t.status)],
);
