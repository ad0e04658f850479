import { z } from 'zod';
import { method } from './define';
import { id, isoDate, optionalId, text, versionField, yearMonth } from './fields';
import type { Role } from './roles';

/** 月度监测 (monthly check-ins): the codes stored, in the order the form offers them. */
export const CHECKIN_METHODS = ['in_person', 'phone', 'home_visit', 'online'] as const;
export const ACADEMIC_STANDINGS = ['good', 'fair', 'weak'] as const;
export const HEALTH_STATES = ['good', 'minor', 'serious'] as const;
export const MENTAL_STATES = ['stable', 'watch', 'concern'] as const;
export const RISKS = ['normal', 'watch', 'high'] as const;
export type Risk = (typeof RISKS)[number];
/** Help given, from 人社部发〔2019〕2号 item 五 and what the office adds. */
export const HELP_KINDS = ['change_major', 'tutoring', 'more_practice', 'counselling', 'family_contact', 'hardship_request', 'other'] as const;

/** Counsellors log their own students; the office and admin anyone's. Leaders read; finance has no part. */
const LOGGERS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...LOGGERS, 'viewer'];

/** An answer not known this month is null (or empty text), never a guess. */
export const checkinFields = z.object({
  studentId: id,
  month: yearMonth,
  date: isoDate,
  method: z.enum(CHECKIN_METHODS),
  attendancePct: z.number().int('attendance_range').min(0, 'attendance_range').max(100, 'attendance_range').nullable().default(null),
  academic: z.enum(ACADEMIC_STANDINGS).nullable().default(null),
  failingCourses: z.number().int('failing_range').min(0, 'failing_range').max(50, 'failing_range').default(0),
  certificate: text(500).default(''),
  competitions: text(500).default(''),
  health: z.enum(HEALTH_STATES).nullable().default(null),
  mental: z.enum(MENTAL_STATES).nullable().default(null),
  moneyTrouble: z.boolean().default(false),
  familyEvent: text(500).default(''),
  dorm: text(500).default(''),
  risk: z.enum(RISKS),
  help: z
    .array(z.enum(HELP_KINDS))
    .default([])
    .transform((codes) => HELP_KINDS.filter((c) => codes.includes(c))),
  helpOther: text(200).default(''),
  followUp: text(1000).default(''),
  followUpDue: isoDate.nullable().default(null),
  notes: text(2000).default(''),
});
export type CheckinFields = z.input<typeof checkinFields>;

export const saveInput = checkinFields.extend({
  /** null: a new check-in; otherwise the one being edited, at the version read */
  id: optionalId.default(null),
  version: versionField.nullable().default(null),
  /** required of the office when the author's edit window has closed; kept in the audit log */
  editReason: text(500).default(''),
});

export interface Checkin extends z.output<typeof checkinFields> {
  id: number;
  studentName: string;
  authorId: number;
  authorName: string | null;
  followUpDoneAt: string | null;
  followUpDoneBy: number | null;
  followUpDoneByName: string | null;
  followUpOutcome: string;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** until when (ISO time) the author may still edit it */
  authorEditUntil: string;
  /** what the caller may do with it now: edit, edit giving a reason (office after the window), or only read */
  access: 'edit' | 'reason' | 'read';
}

/** 已填 / 未填 / 逾期 (a month that has passed with no check-in) */
export type MonthState = 'done' | 'open' | 'overdue';

export interface MonthRow {
  studentId: number;
  name: string;
  studentNo: string | null;
  classId: number | null;
  className: string | null;
  counsellorId: number | null;
  counsellorName: string | null;
  state: MonthState;
  checkinId: number | null;
  risk: Risk | null;
  /** the risk logged the month before, when there was a check-in */
  lastRisk: Risk | null;
}

export interface MonthView {
  month: string;
  rows: MonthRow[];
}

/** Students recorded 正常 in one step at most (a large class is about 50). */
export const QUICK_MAX = 200;

export const checkinsMethods = {
  /** The students expected to have a check-in in the month, in the caller's reach, by class then name. */
  'checkins.month': method<MonthView>()({
    input: z.object({ month: yearMonth, classId: optionalId.default(null) }),
    roles: READERS,
    write: false,
  }),
  /** A student's check-in for the month (null when none yet) and the latest before it, to carry over. */
  'checkins.get': method<{ checkin: Checkin | null; previous: Checkin | null }>()({
    input: z.object({ studentId: id, month: yearMonth }),
    roles: READERS,
    write: false,
  }),
  'checkins.save': method<Checkin>()({ input: saveInput, roles: LOGGERS, write: true, affects: ['checkins'] }),
  /** Several students 正常 with nothing to report, one record each, all or none. */
  'checkins.quickNormal': method<{ ids: number[] }>()({
    input: z.object({
      month: yearMonth,
      studentIds: z
        .array(id)
        .min(1, 'required')
        .max(QUICK_MAX, 'checkin_quick_too_many')
        .transform((ids) => [...new Set(ids)]),
    }),
    roles: LOGGERS,
    write: true,
    affects: ['checkins'],
  }),
};
