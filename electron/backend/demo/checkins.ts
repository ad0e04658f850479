import { addDays } from '../../contract/dates';
import type { HELP_KINDS } from '../../contract/checkins';
import { addMonths, lastDayOf, monthOf, schoolMonths, type StatusStep } from '../../contract/schoolMonths';
import { TRANSITIONS, type StudentStatus } from '../../contract/students';
import type { CheckinValues } from '../checkins/save';
import * as T from './checkinTexts';
import type { DemoPlan, StudentPlan } from './plan';
import { Rng } from './prng';

/** One month's check-in of a planned student, as its counsellor will log it. */
export interface PlannedCheckin {
  /** index of the student in the plan */
  student: number;
  counsellor: string;
  values: Omit<CheckinValues, 'studentId'>;
  /** logged with others in one step as 正常 with nothing to report (checkins.quickNormal) */
  quick: boolean;
}

type Values = PlannedCheckin['values'];
type Help = (typeof HELP_KINDS)[number];

/** Share of past months a counsellor let slip. */
const MISSED = 0.03;
/** Share of this month's check-ins already logged on the as-of day. */
const THIS_MONTH = 0.3;
/** Of a counsellor who is behind: share of last month's check-ins still missing. */
const BEHIND_LAST_MONTH = 0.4;
/** Share of months with a passing worry (关注 once, then fine). */
const PASSING_WORRY = 0.03;
/** Share of students in school who are struggling now, without having left (yet). */
const STRUGGLING = 0.02;
/** Follow-ups are set on check-ins of the last months only: older ones were long dealt with. */
const FOLLOW_UP_MONTHS = 2;
/**
 * Months before this one in which counsellors filled in every form, attendance and all: the months
 * today's screens carry over and compare with. Earlier, they logged the students with nothing to
 * report in one step (checkins.quickNormal), which also writes ten years of them several times faster.
 */
const FULL_FORM_MONTHS = 2;

/** A student's standing over their course: how they usually are, month after month. */
interface Habit {
  attendance: number;
  academic: 'good' | 'fair' | 'weak';
  method: Values['method'];
}

/** A stretch of months in which a student's risk rises, up to leaving or to now. */
interface Decline {
  months: Set<string>;
  /** the family event that comes with money trouble in its later months, if any */
  hardship: string | null;
}


/** The status changes still in effect, from enrolment on. */
function statusSteps(s: StudentPlan): StatusStep[] {
  let status: StudentStatus = 'enrolled';
  const steps: StatusStep[] = [{ toStatus: status, date: s.fields.enrolmentDate! }];
  for (const e of s.history) steps.push({ toStatus: (status = TRANSITIONS[status][e.event]!), date: e.date });
  return steps;
}

/**
 * Every check-in the demo's counsellors logged by the as-of day, decided from the seed alone: one
 * for most months each student was in school, up to last month, and some of this month's. Most
 * are 正常; a few months were missed, and a counsellor or two is behind this month; the risk of
 * those who withdrew rose over the 2–5 months before, with help given and follow-ups set.
 */
export function planCheckins(plan: DemoPlan, asOf: string, calendar: readonly number[], seed: number): PlannedCheckin[] {
  const rng = new Rng(seed ^ 0x5c4ec1);
  const current = monthOf(asOf);
  const months = plan.students.map((s) => schoolMonths(statusSteps(s), calendar, monthOf(s.fields.enrolmentDate!), current));
  const inSchoolNow = (i: number) => months[i].at(-1) === current && !plan.students[i].history.some((e) => e.event === 'withdraw');
  const busy = [...new Set(plan.students.filter((_, i) => inSchoolNow(i)).map((s) => s.counsellor))].sort();
  const behind = new Set<string>();
  while (behind.size < Math.min(busy.length, busy.length >= 10 ? 2 : 1)) behind.add(rng.pick(busy));
  const quickBefore = addMonths(current, -FULL_FORM_MONTHS);

  return plan.students.flatMap((s, i) => {
    const habit: Habit = {
      attendance: rng.int(90, 99),
      academic: rng.weighted({ good: 65, fair: 30, weak: 5 }),
      method: rng.weighted({ in_person: 55, phone: 20, online: 20, home_visit: 5 }),
    };
    const leaves = s.history.some((e) => e.event === 'withdraw');
    // Those struggling now are seen this month (a counsellor checks on them first) unless their counsellor is behind.
    const decline = declineOf(rng, leaves || (inSchoolNow(i) && rng.chance(STRUGGLING)) ? months[i] : []);
    const isBehind = behind.has(s.counsellor);
    const planned: PlannedCheckin[] = [];
    for (const month of months[i]) {
      const logged =
        month === current && !leaves
          ? !isBehind && (decline.months.has(month) || rng.chance(THIS_MONTH))
          : decline.months.has(month) || (!rng.chance(MISSED) && !(isBehind && month === addMonths(current, -1) && rng.chance(BEHIND_LAST_MONTH)));
      if (!logged) continue;
      const date = dayIn(rng, s, month, asOf);
      const values = decline.months.has(month)
        ? declining(rng, habit, decline, [...decline.months].indexOf(month), date)
        : usual(rng, s, habit, month, date);
      if (isPlain(values) && month < quickBefore) {
        planned.push({ student: i, counsellor: s.counsellor, values: quickValues(month), quick: true });
        continue;
      }
      if (values.risk !== 'normal' && month >= addMonths(current, -FOLLOW_UP_MONTHS)) {
        values.followUp = rng.pick(T.FOLLOW_UPS[values.risk]);
        values.followUpDue = addDays(date, 14);
      }
      planned.push({ student: i, counsellor: s.counsellor, values, quick: false });
    }
    return planned;
  });
}

/** The last 2–5 of a student's months (up to leaving, or up to now); none of an empty list. */
function declineOf(rng: Rng, months: readonly string[]): Decline {
  const length = Math.min(months.length, rng.int(2, 5));
  return { months: new Set(length ? months.slice(-length) : []), hardship: length > 0 && rng.chance(0.4) ? rng.pick(T.FAMILY_EVENTS) : null };
}

/**
 * The day of the month the check-in was made: mostly in its second half, never after the as-of
 * day, nor after the day the student left or went on leave that month.
 */
function dayIn(rng: Rng, s: StudentPlan, month: string, asOf: string): string {
  const ends = [lastDayOf(month), asOf, ...s.history.filter((e) => monthOf(e.date) === month && e.event !== 'resume').map((e) => e.date)];
  const last = Number(ends.sort()[0].slice(8));
  return `${month}-${String(rng.int(Math.max(1, last - 15), last)).padStart(2, '0')}`;
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, Math.round(x)));

function base(habit: Habit, month: string, date: string): Values {
  return {
    month,
    date,
    method: habit.method,
    attendancePct: null,
    academic: habit.academic,
    failingCourses: habit.academic === 'weak' ? 1 : 0,
    certificate: '',
    competitions: '',
    health: 'good',
    mental: 'stable',
    moneyTrouble: false,
    familyEvent: '',
    dorm: '',
    risk: 'normal',
    help: [],
    helpOther: '',
    followUp: '',
    followUpDue: null,
    notes: '',
  };
}

/**
 * 正常 with nothing to report beyond attendance and standing: what the one-step path records. A
 * course failed is worth reporting (else a later full form would read as one more failed).
 */
const isPlain = (v: Values) =>
  v.risk === 'normal' && v.failingCourses === 0 && v.health === 'good' && v.mental === 'stable' && !v.certificate && !v.competitions && !v.dorm && !v.notes;

/** What checkins.quickNormal records for a past month: met in person, 正常, on the month's last day. */
const quickValues = (month: string): Values => ({
  ...base({ attendance: 0, academic: 'good', method: 'in_person' }, month, lastDayOf(month)),
  academic: null,
  health: null,
  mental: null,
});

/** A month like most: 正常, attendance 85–100, now and then a passing worry (关注 once). */
function usual(rng: Rng, s: StudentPlan, habit: Habit, month: string, date: string): Values {
  const v = base(habit, month, date);
  if (rng.chance(0.2)) v.method = rng.weighted({ in_person: 40, phone: 30, online: 30 });
  v.attendancePct = clamp(habit.attendance + rng.int(-4, 3), 85, 100);
  const year = Number(month.slice(0, 4)) - Number(s.fields.enrolmentDate!.slice(0, 4)) - (Number(month.slice(5)) < 9 ? 1 : 0);
  if (year >= 1 && [4, 5, 6].includes(Number(month.slice(5))) && rng.chance(0.3)) v.certificate = T.CERTIFICATES[Math.min(year - 1 + rng.int(0, 2), T.CERTIFICATES.length - 1)];
  if (rng.chance(0.02)) v.competitions = rng.pick(T.COMPETITIONS);
  if (rng.chance(0.02)) v.dorm = rng.pick(T.DORM);
  if (rng.chance(0.05)) v.notes = rng.pick(T.NOTES);
  // A 休学 for illness or family reasons shows in the month it begins.
  const leave = s.history.find((e) => e.event === 'suspend' && monthOf(e.date) === month);
  if (leave) return { ...v, risk: 'watch', health: /病|身体/.test(leave.reason) ? 'serious' : 'good', notes: leave.reason, help: ['family_contact'] };
  if (!rng.chance(PASSING_WORRY)) return v;
  const worry = rng.pick(['attendance', 'mental', 'health'] as const);
  const help: Help[] = [worry === 'attendance' ? 'tutoring' : worry === 'mental' ? 'counselling' : 'family_contact'];
  return {
    ...v,
    risk: 'watch',
    attendancePct: worry === 'attendance' ? rng.int(80, 86) : v.attendancePct,
    mental: worry === 'mental' ? 'watch' : 'stable',
    health: worry === 'health' ? 'minor' : 'good',
    notes: T.PASSING_WORRY[worry],
    help,
  };
}

/** Month `k` of a decline: 关注, then 高风险 in its last month or two; attendance falling, courses failed, maybe money trouble. */
function declining(rng: Rng, habit: Habit, d: Decline, k: number, date: string): Values {
  const v = base(habit, date.slice(0, 7), date);
  const n = d.months.size;
  const t = (k + 1) / n;
  const high = k >= n - (n >= 4 ? 2 : 1);
  const help = new Set<Help>([rng.pick(['tutoring', 'counselling', 'family_contact'] as const)]);
  if (high) help.add('family_contact').add(rng.pick(['counselling', 'more_practice'] as const));
  const money = d.hardship !== null && t > 0.4;
  if (money && high) help.add('hardship_request');
  return {
    ...v,
    method: high ? rng.weighted({ in_person: 3, home_visit: 1, phone: 1 }) : v.method,
    attendancePct: clamp(habit.attendance - (habit.attendance - rng.int(45, 65)) * t + rng.int(-3, 3), 20, 100),
    academic: t > 0.5 ? 'weak' : 'fair',
    failingCourses: v.failingCourses + Math.round(t * rng.int(2, 4)),
    mental: high ? 'concern' : 'watch',
    moneyTrouble: money,
    familyEvent: money ? d.hardship! : '',
    risk: high ? 'high' : 'watch',
    help: [...help],
    notes: T.DECLINE_NOTES[clamp(Math.ceil(t * T.DECLINE_NOTES.length) - 1, 0, T.DECLINE_NOTES.length - 1)],
  };
}
