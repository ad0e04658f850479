import { integer, sqliteTable, text, index } from 'drizzle-orm/sqlite-core';
import { timestamps, version } from './common';
import { classes, cohorts, majors, projects } from './org';
import { users } from './users';

/** 帮扶生. Enumerated fields hold stable codes; the UI translates them. */
export const students = sqliteTable(
  'students',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    /** 学号: the school's own student number; unique when given (NULL when not) */
    studentNo: text('student_no').unique(),
    /** 'huang xiao ming': Chinese names sort by pinyin, as people look them up */
    namePinyin: text('name_pinyin').notNull().default(''),
    /** 'hxm': what people type to find 黄小明 quickly */
    nameInitials: text('name_initials').notNull().default(''),
    /** 'M' | 'F', always equal to what the 身份证号 encodes */
    gender: text('gender').notNull(),
    ethnicity: text('ethnicity').notNull().default(''),
    /** 身份证号, 18 characters, upper-case X */
    idNumber: text('id_number').notNull().unique(),
    birthDate: text('birth_date').notNull(),
    phone: text('phone').notNull().default(''),
    homeProvince: text('home_province').notNull().default(''),
    homeCity: text('home_city').notNull().default(''),
    homeCounty: text('home_county').notNull().default(''),
    homeTown: text('home_town').notNull().default(''),
    homeVillage: text('home_village').notNull().default(''),
    /** 'registered'(建档立卡) | 'dibao'(低保) | 'tekun'(特困) | 'monitored'(脱贫监测) | 'other' */
    povertyStatus: text('poverty_status').notNull(),
    guardianName: text('guardian_name').notNull().default(''),
    guardianRelation: text('guardian_relation').notNull().default(''),
    guardianPhone: text('guardian_phone').notNull().default(''),
    /** 'junior'(初中) | 'senior'(高中) */
    priorEducation: text('prior_education').notNull(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'restrict' }),
    cohortId: integer('cohort_id')
      .notNull()
      .references(() => cohorts.id, { onDelete: 'restrict' }),
    majorId: integer('major_id').references(() => majors.id, { onDelete: 'restrict' }),
    /** 'intermediate'(中级工) | 'advanced'(高级工) | 'technician'(预备技师) */
    level: text('level').notNull(),
    classId: integer('class_id').references(() => classes.id, { onDelete: 'restrict' }),
    enrolmentDate: text('enrolment_date').notNull(),
    /** YYYY-MM */
    expectedGraduation: text('expected_graduation'),
    counsellorId: integer('counsellor_id').references(() => users.id, { onDelete: 'restrict' }),
    dormitory: integer('dormitory', { mode: 'boolean' }).notNull().default(false),
    bankName: text('bank_name').notNull().default(''),
    bankAccount: text('bank_account').notNull().default(''),
    /** 开户名 when the account is not in the student's own name (a bank pays only to the name on the account); '' = the student's */
    bankAccountName: text('bank_account_name').notNull().default(''),
    /** 'enrolled'(在读) | 'suspended'(休学) | 'withdrawn'(退学/流失) | 'graduated'(毕业) | 'completed'(结业) */
    status: text('status').notNull().default('enrolled'),
    statusDate: text('status_date').notNull(),
    notes: text('notes').notNull().default(''),
    ...timestamps,
    ...version,
  },
  (t) => [
    index('students_name').on(t.name),
    index('students_name_pinyin').on(t.namePinyin),
    index('students_project').on(t.projectId),
    index('students_cohort').on(t.cohortId),
    index('students_major').on(t.majorId),
    index('students_class').on(t.classId),
    index('students_counsellor').on(t.counsellorId),
    index('students_status').on(t.status),
    // The register opens sorted by last change; without this every page sorts all students.
    index('students_updated_at').on(t.updatedAt),
  ],
);

/** Dated status history. Rows are only ever appended; a wrong one is voided, not removed. */
export const studentStatusEvents = sqliteTable(
  'student_status_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'restrict' }),
    /** 'enrol' | 'suspend' | 'resume' | 'withdraw' | 'graduate' | 'complete' */
    event: text('event').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    date: text('date').notNull(),
    reason: text('reason').notNull().default(''),
    userId: integer('user_id').references(() => users.id),
    createdAt: text('created_at').notNull(),
    /** A wrong event is never deleted: it is voided (who, when, why) and the student's status restored. */
    voidedAt: text('voided_at'),
    voidedBy: integer('voided_by').references(() => users.id),
    voidReason: text('void_reason').notNull().default(''),
    /** the voided event this one corrects, when it was entered as a correction */
    correctsId: integer('corrects_id'),
  },
  (t) => [index('status_events_student').on(t.studentId, t.date)],
);
