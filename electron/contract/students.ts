import { z } from 'zod';
import { method } from './define';
import { parseIdNumber } from './idcard';
import { id, isoDate, optionalId, page, pageSize, phone, requiredText, text, versionField, yearMonth, type Page } from './fields';
import { toHalfWidth } from './halfwidth';
import { REGISTER_READS, STATUS_READS } from './org';
import { ALL_ROLES, REGISTER_EDITORS } from './roles';

export const GENDERS = ['M', 'F'] as const;
export const POVERTY_STATUSES = ['registered', 'dibao', 'tekun', 'monitored', 'other'] as const;
export const PRIOR_EDUCATIONS = ['junior', 'senior'] as const;
export const LEVELS = ['intermediate', 'advanced', 'technician'] as const;
export const STATUSES = ['enrolled', 'suspended', 'withdrawn', 'graduated', 'completed'] as const;
export type StudentStatus = (typeof STATUSES)[number];
export const STATUS_EVENTS = ['enrol', 'suspend', 'resume', 'withdraw', 'graduate', 'complete'] as const;
export type StatusEvent = (typeof STATUS_EVENTS)[number];

/** Which events a student in each status may be given, and where each leads. */
export const TRANSITIONS: Record<StudentStatus, Partial<Record<StatusEvent, StudentStatus>>> = {
  enrolled: { suspend: 'suspended', withdraw: 'withdrawn', graduate: 'graduated', complete: 'completed' },
  suspended: { resume: 'enrolled', withdraw: 'withdrawn' },
  withdrawn: {},
  graduated: {},
  completed: {},
};

export const studentFields = z.object({
  name: requiredText(50),
  /** 学号: the school's own number, when it has given one; unique then. Empty or absent: none (null). */
  studentNo: text(30)
    .overwrite(toHalfWidth)
    .refine((v) => /^[A-Za-z0-9-]*$/.test(v), 'student_no_format')
    .nullable()
    .default(null)
    .transform((v) => v || null),
  gender: z.enum(GENDERS, 'required'),
  ethnicity: text(20),
  idNumber: requiredText(20).overwrite(toHalfWidth).superRefine((v, ctx) => {
    const parsed = parseIdNumber(v);
    if ('problem' in parsed) ctx.addIssue({ code: 'custom', message: parsed.problem });
  }),
  birthDate: isoDate,
  phone,
  homeProvince: text(30),
  homeCity: text(30),
  homeCounty: text(30),
  homeTown: text(50),
  homeVillage: text(100),
  povertyStatus: z.enum(POVERTY_STATUSES, 'required'),
  guardianName: text(50),
  guardianRelation: text(20),
  guardianPhone: phone,
  priorEducation: z.enum(PRIOR_EDUCATIONS, 'required'),
  projectId: z.number('required').int().positive(),
  cohortId: z.number('required').int().positive(),
  majorId: optionalId,
  level: z.enum(LEVELS, 'required'),
  classId: optionalId,
  enrolmentDate: isoDate,
  expectedGraduation: yearMonth.nullable(),
  counsellorId: optionalId,
  dormitory: z.boolean(),
  bankName: text(50),
  bankAccount: z
    .string()
    .overwrite(toHalfWidth)
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .refine((v) => v === '' || /^\d{8,30}$/.test(v), 'bank_account_format'),
  /** the name on the account when it is not the student's own; empty when it is */
  bankAccountName: text(50).default(''),
  notes: text(2000),
});
export type StudentFields = z.input<typeof studentFields>;

export const SORTABLE = ['name', 'studentNo', 'idNumber', 'className', 'projectName', 'cohortName', 'status', 'enrolmentDate', 'updatedAt'] as const;

export const listInput = z.object({
  q: text(50).default(''),
  projectId: optionalId.default(null),
  cohortId: optionalId.default(null),
  majorId: optionalId.default(null),
  classId: optionalId.default(null),
  counsellorId: optionalId.default(null),
  status: z.enum(STATUSES).nullable().default(null),
  sort: z.enum(SORTABLE).default('updatedAt'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  page,
  pageSize,
});
export type StudentListInput = z.input<typeof listInput>;

export interface StudentRow {
  id: number;
  name: string;
  studentNo: string | null;
  gender: 'M' | 'F';
  idNumberMasked: string;
  phone: string;
  projectName: string;
  cohortName: string;
  majorName: string | null;
  className: string | null;
  counsellorName: string | null;
  status: StudentStatus;
  enrolmentDate: string;
}

export interface Student extends Omit<z.output<typeof studentFields>, 'gender' | 'povertyStatus' | 'priorEducation' | 'level'> {
  id: number;
  gender: (typeof GENDERS)[number];
  povertyStatus: (typeof POVERTY_STATUSES)[number];
  priorEducation: (typeof PRIOR_EDUCATIONS)[number];
  level: (typeof LEVELS)[number];
  /**
   * Whole numbers only for roles that edit the register; masked for everyone else. For them
   * `birthDate` is the year alone (YYYY): the masked 身份证号 hides 8 birth digits and 2 county digits,
   * and with the home county on the record, a whole birth date would leave just the check digit to guess.
   */
  sensitiveMasked: boolean;
  status: StudentStatus;
  statusDate: string;
  projectName: string;
  cohortName: string;
  majorName: string | null;
  className: string | null;
  counsellorName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface StatusEventRow {
  id: number;
  event: StatusEvent;
  fromStatus: StudentStatus | null;
  toStatus: StudentStatus;
  date: string;
  reason: string;
  userName: string | null;
  createdAt: string;
  /** A withdrawn or corrected event stays in the history, marked: when, by whom and why. */
  voidedAt: string | null;
  voidedByName: string | null;
  voidReason: string;
  /** the voided event this one replaced, when it was entered as a correction */
  correctsId: number | null;
}

/** A status event as entered: which, when, why. */
const statusEventFields = {
  event: z.enum(STATUS_EVENTS).exclude(['enrol']),
  date: isoDate,
  reason: requiredText(500),
};
/** Which event of the student's history is meant, and why it is withdrawn or corrected. */
const latestEventFix = { id, version: versionField, eventId: id, voidReason: requiredText(500) };

export const studentsMethods = {
  'students.list': method<Page<StudentRow>>()({ input: listInput, roles: ALL_ROLES, write: false }),
  'students.get': method<Student>()({ input: z.object({ id }), roles: ALL_ROLES, write: false }),
  'students.history': method<StatusEventRow[]>()({ input: z.object({ id }), roles: ALL_ROLES, write: false }),
  'students.create': method<Student>()({ input: studentFields, roles: REGISTER_EDITORS, write: true, affects: REGISTER_READS }),
  'students.update': method<Student>()({
    input: studentFields.extend({ id, version: versionField }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: REGISTER_READS,
  }),
  'students.changeStatus': method<Student>()({
    input: z.object({ id, version: versionField, ...statusEventFields }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: STATUS_READS,
  }),
  /** Withdraws the latest event still in effect (not 入学): the student's status goes back to what it was before. */
  'students.voidStatus': method<Student>()({ input: z.object(latestEventFix), roles: REGISTER_EDITORS, write: true, affects: STATUS_READS }),
  /** Withdraws the latest event and records the right one in its place, in one step. */
  'students.correctStatus': method<Student>()({
    input: z.object({ ...latestEventFix, ...statusEventFields }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: STATUS_READS,
  }),
};
