import { z } from 'zod';
import { checkinsMethods, type Checkin, type Risk } from './checkins';
import { method } from './define';
import { id, requiredText, versionField } from './fields';

/** Whoever reads and logs check-ins reads and completes their follow-ups; finance has no part. */
const READERS = checkinsMethods['checkins.month'].roles;
const LOGGERS = checkinsMethods['checkins.save'].roles;

/** Done follow-ups are listed for this many days after they were done. */
export const FOLLOW_UPS_DONE_DAYS = 90;
/** At most this many are listed at once, soonest due first (the office sees the whole school's). */
export const FOLLOW_UPS_MAX = 500;

/** A follow-up a check-in set: what is to be done for the student, by when, and how it ended. */
export interface FollowUp {
  checkinId: number;
  /** the check-in's version, which completing it needs */
  version: number;
  studentId: number;
  studentName: string;
  className: string | null;
  month: string;
  risk: Risk;
  followUp: string;
  followUpDue: string | null;
  /** open and due before today (China time) */
  overdue: boolean;
  authorName: string | null;
  followUpDoneAt: string | null;
  followUpDoneByName: string | null;
  followUpOutcome: string;
}

/** One check-in as a student's timeline shows it. */
export type TimelineCheckin = Pick<
  Checkin,
  | 'id'
  | 'month'
  | 'date'
  | 'method'
  | 'risk'
  | 'attendancePct'
  | 'help'
  | 'helpOther'
  | 'followUp'
  | 'followUpDue'
  | 'followUpDoneAt'
  | 'followUpDoneByName'
  | 'followUpOutcome'
  | 'authorName'
> & { overdue: boolean };

export const followUpsMethods = {
  /** Open follow-ups of the caller's students, soonest due first (none due last); or those done in the last 90 days, latest first. */
  'checkins.followups': method<{ rows: FollowUp[]; more: boolean }>()({
    input: z.object({ done: z.boolean().default(false) }),
    roles: READERS,
    write: false,
  }),
  /** Marks a check-in's follow-up done now, by the caller, with what came of it. */
  'checkins.completeFollowUp': method<FollowUp>()({
    input: z.object({ checkinId: id, version: versionField, outcome: requiredText(1000) }),
    roles: LOGGERS,
    write: true,
    affects: ['checkins'],
  }),
  /** All of a student's check-ins, newest first: the student page's 月度监测 tab. */
  'checkins.ofStudent': method<TimelineCheckin[]>()({
    input: z.object({ studentId: id }),
    roles: READERS,
    write: false,
  }),
};
