import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { users } from './users';

/** 帮扶项目: one partnership with a partner region. */
export const projects = sqliteTable('projects', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  partnerProvince: text('partner_province').notNull().default(''),
  partnerCity: text('partner_city').notNull().default(''),
  partnerCounty: text('partner_county').notNull().default(''),
  partnerSchool: text('partner_school').notNull().default(''),
  agreementDate: text('agreement_date'),
  /** '1+2' | '3+2' | 'full_time' | 'other' */
  model: text('model').notNull().default('full_time'),
  notes: text('notes').notNull().default(''),
  ...timestamps,
  ...version,
});

/** 批次: a project's intake in one year. */
export const cohorts = sqliteTable(
  'cohorts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    projectId: integer('project_id').notNull().references(() => projects.id, { onDelete: 'restrict' }),
    intakeYear: integer('intake_year').notNull(),
    name: text('name').notNull(),
    plannedSize: integer('planned_size'),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('cohorts_project_year').on(t.projectId, t.intakeYear)],
);

export const majors = sqliteTable('majors', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  code: text('code').notNull().default(''),
  ...timestamps,
  ...version,
});

export const classes = sqliteTable(
  'classes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull().unique(),
    majorId: integer('major_id').references(() => majors.id, { onDelete: 'restrict' }),
    cohortId: integer('cohort_id').references(() => cohorts.id, { onDelete: 'restrict' }),
    /** 班主任: the default counsellor for students placed in this class. */
    headTeacherId: integer('head_teacher_id').references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
    ...version,
  },
  (t) => [index('classes_major').on(t.majorId), index('classes_cohort').on(t.cohortId)],
);
