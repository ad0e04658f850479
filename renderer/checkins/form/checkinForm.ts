import { chinaToday } from '../../../electron/contract/dates';
import { lastDayOf } from '../../../electron/contract/schoolMonths';
import type { z } from 'zod';
import type { Checkin, checkinFields } from '../../../electron/contract/checkins';

/** What the form holds; a number not known yet is null. */
export type CheckinValues = Omit<z.output<typeof checkinFields>, 'studentId' | 'month' | 'failingCourses'> & {
  failingCourses: number | null;
  editReason: string;
};

/**
 * A new check-in: today while the month lasts, its last day once it is over (a late entry is
 * about that month); in person, 正常 until the counsellor says otherwise.
 */
export function blankCheckin(month: string, today = chinaToday(new Date())): CheckinValues {
  const end = lastDayOf(month);
  return {
    date: today < end ? today : end,
    method: 'in_person',
    attendancePct: null,
    academic: null,
    failingCourses: null,
    certificate: '',
    competitions: '',
    health: null,
    mental: null,
    moneyTrouble: false,
    familyEvent: '',
    dorm: '',
    risk: 'normal',
    help: [],
    helpOther: '',
    followUp: '',
    followUpDue: null,
    notes: '',
    editReason: '',
  };
}

/** A saved check-in's answers; `carried` keeps the new check-in's own date (carrying over last month). */
export function valuesOf(c: Checkin, carried?: { date: string }): CheckinValues {
  return {
    date: carried?.date ?? c.date,
    method: c.method,
    attendancePct: c.attendancePct,
    academic: c.academic,
    failingCourses: c.failingCourses,
    certificate: c.certificate,
    competitions: c.competitions,
    health: c.health,
    mental: c.mental,
    moneyTrouble: c.moneyTrouble,
    familyEvent: c.familyEvent,
    dorm: c.dorm,
    risk: c.risk,
    help: c.help,
    helpOther: c.helpOther,
    // A follow-up belongs to the month it was set in; last month's is not this month's.
    followUp: carried ? '' : c.followUp,
    followUpDue: carried ? null : c.followUpDue,
    notes: carried ? '' : c.notes,
    editReason: '',
  };
}

/** The save method's input. */
export function toInput(values: CheckinValues, studentId: number, month: string, saved: Checkin | null) {
  return {
    ...values,
    failingCourses: values.failingCourses ?? 0,
    studentId,
    month,
    id: saved?.id ?? null,
    version: saved?.version ?? null,
  };
}
