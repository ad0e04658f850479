import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { students } from './students';
import { users } from './users';

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

/** One internship of one student at one company (实习), with the papers a 岗位/顶岗 internship needs before it starts. */
export const internships = sqliteTable(
  'internships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    /** 'recognition' 认识实习 | 'follow' 跟岗实习 | 'placement' 顶岗实习 | 'post' 岗位实习 (from 2021) */
    kind: text('kind').notNull(),
    companyId: integer('company_id')
      .notNull()
      .references(() => companies.id, { onDelete: 'restrict' }),
    position: text('position').notNull().default(''),
    city: text('city').notNull().default(''),
    startDate: text('start_date').notNull(),
    /** null while it goes on */
    endDate: text('end_date'),
    monthlyPayFen: integer('monthly_pay_fen'),
    companySupervisor: text('company_supervisor').notNull().default(''),
    schoolSupervisor: text('school_supervisor').notNull().default(''),
    /** 三方协议, 家长知情同意书, 安全责任书, 实习保险 */
    agreement: integer('agreement', { mode: 'boolean' }).notNull().default(false),
    guardianConsent: integer('guardian_consent', { mode: 'boolean' }).notNull().default(false),
    safetyPledge: integer('safety_pledge', { mode: 'boolean' }).notNull().default(false),
    insurance: integer('insurance', { mode: 'boolean' }).notNull().default(false),
    evaluation: text('evaluation').notNull().default(''),
    notes: text('notes').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [index('internships_student').on(t.studentId, t.startDate), index('internships_company').on(t.companyId)],
);

/** 巡查/走访: a school supervisor's visit to an intern (on site, by phone or online), what was found and how the student was doing. */
export const internshipVisits = sqliteTable(
  'internship_visits',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    internshipId: integer('internship_id')
      .notNull()
      .references(() => internships.id, { onDelete: 'restrict' }),
    visitedOn: text('visited_on').notNull(),
    /** the visiting teacher as written (often not a user of the app) */
    visitor: text('visitor').notNull(),
    /** 'onsite' 实地走访 | 'phone' 电话 | 'online' 线上 */
    method: text('method').notNull(),
    findings: text('findings').notNull().default(''),
    /** 'excellent' 优秀 | 'good' 良好 | 'pass' 合格 | 'fail' 不合格; null when not rated */
    rating: text('rating'),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
    ...version,
  },
  (t) => [index('internship_visits_internship').on(t.internshipId, t.visitedOn)],
);

/** 就业去向: where a graduate went, one record per student (follow-ups later record what became of it). */
export const placements = sqliteTable('placements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  studentId: integer('student_id')
    .notNull()
    .unique()
    .references(() => students.id, { onDelete: 'restrict' }),
  /** see OUTCOMES in electron/contract/placements.ts */
  outcome: text('outcome').notNull(),
  companyId: integer('company_id').references(() => companies.id, { onDelete: 'restrict' }),
  industry: text('industry').notNull().default(''),
  position: text('position').notNull().default(''),
  province: text('province').notNull().default(''),
  city: text('city').notNull().default(''),
  /** 'shenzhen' | 'home' | 'other' when set by hand; null: derived from the city and the student's home */
  destination: text('destination'),
  relatedToMajor: integer('related_to_major', { mode: 'boolean' }).notNull().default(false),
  startDate: text('start_date'),
  monthlySalaryFen: integer('monthly_salary_fen'),
  contractKind: text('contract_kind'),
  socialInsurance: integer('social_insurance', { mode: 'boolean' }).notNull().default(false),
  channel: text('channel'),
  notes: text('notes').notNull().default(''),
  ...timestamps,
  ...version,
});

/** 跟踪回访: what became of a placement so many months after it started (the school's own schedule, a setting). */
export const placementFollowUps = sqliteTable(
  'placement_follow_ups',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'restrict' }),
    /** months after the start: 3, 6, 12 by default */
    point: integer('point').notNull(),
    doneOn: text('done_on').notNull(),
    stillEmployed: integer('still_employed', { mode: 'boolean' }).notNull(),
    sameEmployer: integer('same_employer', { mode: 'boolean' }).notNull(),
    /** the employer now, when it changed */
    companyId: integer('company_id').references(() => companies.id, { onDelete: 'restrict' }),
    monthlySalaryFen: integer('monthly_salary_fen'),
    changeReason: text('change_reason').notNull().default(''),
    notes: text('notes').notNull().default(''),
    recordedBy: integer('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    ...timestamps,
    ...version,
  },
  (t) => [uniqueIndex('placement_follow_ups_point').on(t.placementId, t.point)],
);
