import { sql, type SQL } from 'drizzle-orm';
import { chinaToday } from '../../contract/dates';
import { OUTCOMES, type Outcome } from '../../contract/placements';
import type { ProgressInput, StudentFigure } from '../../contract/reporting';
import { setsOf } from '../placements/outcomes/figures';
import type { GraduateFact } from '../placements/outcomes/facts';
import { AppError } from '../rpc/errors';

/** The period a report covers: 1 January of its year, unless told, to the report date. */
export interface Period {
  year: number;
  from: string;
  to: string;
}

/** The report date defaults to today, or to 31 December once the year is over. */
export function periodOf({ year, from, to }: ProgressInput, now: Date): Period {
  const today = chinaToday(now);
  const end = `${year}-12-31`;
  const period = { year, from: from ?? `${year}-01-01`, to: to ?? (today < end ? today : end) };
  if (period.from > period.to) throw AppError.field(from === null ? 'to' : 'from', 'report_period_order', { from: period.from, to: period.to });
  return period;
}

/** The outcomes a graduate counts in `set` by, as the outcome statistics count them (figures.ts is the one definition). */
function outcomesIn(set: 'employed' | 'direct' | 'furtherStudy'): readonly Outcome[] {
  const blank: Omit<GraduateFact, 'outcome'> = {
    id: 0, graduatedOn: '', projectId: 0, cohortId: 0, majorId: null, homeProvince: '', related: null, insured: null, channel: null,
    province: null, city: null, destination: null, salaryFen: null, still6: null, still12: null,
  };
  return OUTCOMES.filter((outcome) => setsOf({ ...blank, outcome }).includes(set));
}

const codes = (list: readonly string[]) => sql.join(list.map((c) => sql`${c}`), sql`, `);
const IN_SCHOOL = codes(['enrolled', 'suspended']);
const GRADUATED = codes(['graduated', 'completed']);

/** Of a student `s`'s status history in effect (voided events left out), `column` of the latest event that `when` picks. */
export const lastEvent = (column: 'to_status' | 'date', when: SQL): SQL =>
  sql`(SELECT e.${sql.raw(column)} FROM student_status_events e
    WHERE e.student_id = s.id AND e.voided_at IS NULL AND ${when} ORDER BY e.date DESC, e.id DESC LIMIT 1)`;

/** Which events each question reads: as of the report date, before the period began, a leaving in the period. */
export const eventsOf = (p: Period) => ({
  atEnd: sql`e.date <= ${p.to}`,
  atStart: sql`e.date < ${p.from}`,
  left: sql`e.to_status IN (${GRADUATED}, 'withdrawn') AND e.date BETWEEN ${p.from} AND ${p.to}`,
});

/**
 * One row per student (`s`, every student: the report's readers see the whole register) with what
 * the figures read: where the status history stood at the report date and before the period, how
 * they left in it, and their placement's outcome. Each is an index lookup per student.
 */
export function studentFacts(p: Period): SQL {
  const when = eventsOf(p);
  return sql`
    SELECT s.id, s.project_id AS projectId, s.enrolment_date AS enrolled, s.poverty_status AS poverty,
      ${lastEvent('to_status', when.atEnd)} AS atEnd,
      ${lastEvent('to_status', when.atStart)} AS atStart,
      ${lastEvent('to_status', when.left)} AS leftAs,
      (SELECT pl.outcome FROM placements pl WHERE pl.student_id = s.id) AS outcome
    FROM students s`;
}

/**
 * Each student figure as a condition over a studentFacts row `f`: the one definition the counts
 * and the lists both read. Graduates are 毕业 and 结业; 就业/创业 is 直接就业 (就业 − 升学).
 */
export function figureConditions(p: Period): Record<StudentFigure, SQL> {
  const isNew = sql`f.enrolled BETWEEN ${p.from} AND ${p.to}`;
  const graduated = sql`f.leftAs IN (${GRADUATED})`;
  return {
    newStudents: isNew,
    newRegistered: sql`${isNew} AND f.poverty = 'registered'`,
    inSchool: sql`f.enrolled <= ${p.to} AND f.atEnd IN (${IN_SCHOOL})`,
    graduates: graduated,
    employed: sql`${graduated} AND f.outcome IN (${codes(outcomesIn('direct'))})`,
    furtherStudy: sql`${graduated} AND f.outcome IN (${codes(outcomesIn('furtherStudy'))})`,
    placedOrStudying: sql`${graduated} AND f.outcome IN (${codes(outcomesIn('employed'))})`,
    withdrawn: sql`f.leftAs = 'withdrawn'`,
    inSchoolAtStart: sql`f.enrolled < ${p.from} AND f.atStart IN (${IN_SCHOOL})`,
  };
}

/** The day that put a student in a figure: enrolment, the status in effect at the date, or their leaving. */
export function figureDates(p: Period): Record<StudentFigure, SQL> {
  const when = eventsOf(p);
  const left = lastEvent('date', when.left);
  return {
    newStudents: sql`s.enrolment_date`,
    newRegistered: sql`s.enrolment_date`,
    inSchool: lastEvent('date', when.atEnd),
    inSchoolAtStart: lastEvent('date', when.atStart),
    graduates: left,
    employed: left,
    furtherStudy: left,
    placedOrStudying: left,
    withdrawn: left,
  };
}

/** Paid lines of cash policies (a waiver pays nothing out), over `l`, `b`, `p` and the line's student `s`. */
export const PAID_LINES = sql`
  allowance_batches b
  JOIN allowance_policies p ON p.id = b.policy_id AND p.kind = 'cash'
  JOIN allowance_lines l ON l.batch_id = b.id
  JOIN students s ON s.id = l.student_id`;

/** Batches paid within the period, by the day the bank paid: a reversal counts where its own batch is paid. */
export const paidWithin = (p: Period): SQL => sql`b.status = 'paid' AND b.paid_on BETWEEN ${p.from} AND ${p.to}`;

/** Short courses (`t`) that started in the period. */
export const trainingsWithin = (p: Period): SQL => sql`t.start_date BETWEEN ${p.from} AND ${p.to}`;
