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

export interface Course {
  enrolment: string;
  /** the day the class graduates */
  graduation: string;
  /** statuses are those of this day */
  asOf: string;
  withdrawRate: number;
  completeRate: number;
}

/**
 * The status changes a student has had by `asOf`: a finished course ends in 毕业, 结业 or an
 * earlier 退学; a running one may hold a 退学 so far or a 休学 not yet over. Some students take
 * a 休学 and come back.
 */
export function plannedHistory(rng: Rng, c: Course): PlannedEvent[] {
  const start = toDay(c.enrolment) + 30;
  const grad = toDay(c.graduation);
  const asOf = toDay(c.asOf);
  if (asOf < start) return [];
  const finished = grad <= asOf;
  const last = finished ? grad - 30 : asOf;
  const elapsed = finished ? 1 : (asOf - toDay(c.enrolment)) / (grad - toDay(c.enrolment));
  const between = (from: number, to: number) => fromDay(rng.int(from, Math.max(from, to)));

  if (rng.chance(c.withdrawRate * elapsed)) {
    const date = between(start, last);
    if (!rng.chance(0.3)) return [{ event: 'withdraw', date, reason: rng.pick(WITHDRAW) }];
    const suspended = between(start, toDay(date) - 1);
    return [
      { event: 'suspend', date: suspended, reason: rng.pick(SUSPEND) },
      { event: 'withdraw', date: fromDay(Math.max(toDay(date), toDay(suspended))), reason: rng.pick(WITHDRAW) },
    ];
  }

  const events: PlannedEvent[] = [];
  if (rng.chance(finished ? 0.03 : 0.05) && last - start > 120) {
    const suspendDay = rng.int(start, last - 90);
    const resumeDay = suspendDay + rng.int(90, 365);
    events.push({ event: 'suspend', date: fromDay(suspendDay), reason: rng.pick(SUSPEND) });
    if (resumeDay <= last) events.push({ event: 'resume', date: fromDay(resumeDay), reason: rng.pick(RESUME) });
    else if (finished) events.push({ event: 'resume', date: fromDay(last), reason: rng.pick(RESUME) });
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
