import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { students } from './students';
import { users } from './users';

/**
 * 月度监测: one per student per month in school. Enumerated fields hold stable codes (see
 * electron/contract/checkins.ts); an answer the counsellor did not know is NULL, not a guess.
 */
export const checkins = sqliteTable(
  'checkins',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    /** YYYY-MM, the month the check-in is for */
    month: text('month').notNull(),
    /** YYYY-MM-DD, the day it happened (in the month, or after it when logged late) */
    date: text('date').notNull(),
    /** 'in_person'(面谈) | 'phone'(电话) | 'home_visit'(家访) | 'online'(线上) */
    method: text('method').notNull(),
    /** 0–100; NULL = not known */
    attendancePct: integer('attendance_pct'),
    /** 'good' | 'fair' | 'weak' | NULL */
    academic: text('academic'),
    failingCourses: integer('failing_courses').notNull().default(0),
    certificate: text('certificate').notNull().default(''),
    competitions: text('competitions').notNull().default(''),
    /** 'good' | 'minor' | 'serious' | NULL */
    health: text('health'),
    /** 'stable' | 'watch' | 'concern' | NULL */
    mental: text('mental'),
    moneyTrouble: integer('money_trouble', { mode: 'boolean' }).notNull().default(false),
    /** '' = none */
    familyEvent: text('family_event').notNull().default(''),
    dorm: text('dorm').notNull().default(''),
    /** 'normal'(正常) | 'watch'(关注) | 'high'(高风险): dropout risk */
    risk: text('risk').notNull(),
    /** JSON array of help codes given this month */
    help: text('help').notNull().default('[]'),
    helpOther: text('help_other').notNull().default(''),
    followUp: text('follow_up').notNull().default(''),
    followUpDue: text('follow_up_due'),
    followUpDoneAt: text('follow_up_done_at'),
    followUpDoneBy: integer('follow_up_done_by').references(() => users.id, { onDelete: 'restrict' }),
    followUpOutcome: text('follow_up_outcome').notNull().default(''),
    notes: text('notes').notNull().default(''),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
    ...version,
  },
  (t) => [
    // One per student per month; also the index a student's timeline reads.
    uniqueIndex('checkins_student_month').on(t.studentId, t.month),
    // With the student and risk, the month lists read this index alone (a third of the time).
    index('checkins_month').on(t.month, t.studentId, t.risk),
    // Everything the early-warning scan reads of a check-in, so it reads the index alone: half the time on a school's year of them.
    index('checkins_trend').on(t.studentId, t.month, t.risk, t.attendancePct, t.failingCourses, t.moneyTrouble, t.familyEvent),
  ],
);
