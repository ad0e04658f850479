import type { StatusEvent } from '../../contract/students';
import type { Rng } from './prng';

export interface PlannedEvent {
  event: Exclude<StatusEvent, 'enrol'>;
  date: string;
  reason: string;
}

const WITHDRAW = ['家庭经济困难，回乡务工', '个人原因，自愿退学', '身体原因，无法继续学业', '转回户籍地学校就读', '家长要求回乡就业'];
const SUSPEND = ['因病休学', '家庭变故，申请休学', '身体原因，休学治疗'];
const RESUME = ['休学期满，申请复学', '病愈复学'];
const GRADUATE = '修完规定课程，考核合格，准予毕业';
const COMPLETE = ['部分课程考核未通过，准予结业', '未取得职业资格证书，准予结业'];

const DAY_MS = 86_400_000;
const toDay = (iso: string) => Date.parse(iso + 'T00:00:00Z') / DAY_MS;
const fromDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A class graduates on the first Friday of July in its final year. */
export function graduationDay(year: number): string {
  const first = toDay(`${year}-07-01`);
  // Day 0 of the epoch (1970-01-01) was a Thursday.
  return fromDay(first + ((1 - (first % 7) + 7) % 7));
}

/** The first day of the next term after `day`: terms start on 1 March and 1 September. */
function termStartAfter(day: number): number {
  const year = Number(fromDay(day).slice(0, 4));
  return [`${year}-03-01`, `${year}-09-01`, `${year + 1}-03-01`].map(toDay).find((d) => d > day)!;
}

export interface Course {
  enrolment: string;
  /** the day the class graduates */
  graduation: string;
  /** statuses are those of this day */
  asOf: string;
  /** of a whole course: share who leave early (退学) */
  withdrawRate: number;
  /** share of a finished course who get 结业 instead of 毕业 */
  completeRate: number;
}

/** Share of students in school who take a 休学 in a given year. */
const LEAVE_RATE = 0.03;

/**
 * The status changes a student has had by `asOf`, nothing later: a finished course ends in 毕业,
 * 结业 or an earlier 退学; a running one may hold a 退学 so far or a 休学 not yet over. A 休学 lasts
 * one or two terms and ends in 复学 at a term's start, or in 退学.
 */
export function plannedHistory(rng: Rng, c: Course): PlannedEvent[] {
  const enrolled = toDay(c.enrolment);
  // Nobody leaves in the first month, nor in the last one before graduating.
  const start = enrolled + 30;
  const grad = toDay(c.graduation);
  const asOf = toDay(c.asOf);
  if (asOf < start) return [];
  const finished = grad <= asOf;
  const last = finished ? grad - 30 : asOf;
  const lived = (last - enrolled) / (grad - enrolled);

  if (rng.chance(c.withdrawRate * lived)) {
    // Most of those who leave do so early on.
    const date = start + Math.floor((last - start + 1) * rng.float() ** 1.5);
    const withdraw: PlannedEvent = { event: 'withdraw', date: fromDay(date), reason: rng.pick(WITHDRAW) };
    if (!rng.chance(0.3)) return [withdraw];
    return [{ event: 'suspend', date: fromDay(rng.int(start, date)), reason: rng.pick(SUSPEND) }, withdraw];
  }

  const events: PlannedEvent[] = [];
  if (rng.chance(LEAVE_RATE * ((last - start) / 365))) {
    const suspended = rng.int(start, last);
    const back = termStartAfter(suspended + (rng.chance(0.5) ? 100 : 280));
    // A finished course's leave ended in time for the student to graduate with the class.
    if (back <= last || !finished) events.push({ event: 'suspend', date: fromDay(suspended), reason: rng.pick(SUSPEND) });
    if (back <= last) events.push({ event: 'resume', date: fromDay(back), reason: rng.pick(RESUME) });
  }
  if (finished) {
    events.push(
      rng.chance(c.completeRate)
        ? { event: 'complete', date: c.graduation, reason: rng.pick(COMPLETE) }
        : { event: 'graduate', date: c.graduation, reason: GRADUATE },
    );
  }
  return events;
}
