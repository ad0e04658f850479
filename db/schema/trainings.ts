import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { timestamps, version } from './common';
import { projects } from './org';

/**
 * 短期培训: the short courses the programme runs in the partner regions (for villagers, not
 * enrolled students), a light register kept for the yearly 技能脱贫千校行动进展情况表's 培训人数.
 * Only counts are kept, not the people.
 */
export const trainings = sqliteTable(
  'trainings',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    course: text('course').notNull(),
    startDate: text('start_date').notNull(),
    endDate: text('end_date').notNull(),
    /** where it was held, as the office writes it (广西百色市田阳区) */
    region: text('region').notNull(),
    /** the 帮扶项目 it belongs to; null: counted in the school's total only */
    projectId: integer('project_id').references(() => projects.id, { onDelete: 'restrict' }),
    participants: integer('participants').notNull(),
    /** of them, 建档立卡 */
    registeredParticipants: integer('registered_participants').notNull(),
    organiser: text('organiser').notNull().default(''),
    notes: text('notes').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('trainings_start').on(t.startDate),
    index('trainings_project').on(t.projectId),
    check('trainings_dates', sql`${t.endDate} >= ${t.startDate}`),
    check('trainings_counts', sql`${t.participants} > 0 AND ${t.registeredParticipants} >= 0 AND ${t.registeredParticipants} <= ${t.participants}`),
  ],
);
