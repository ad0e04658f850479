import { and, asc, eq, gte, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { allowanceBatches, allowanceLines, classes, hardshipRequests, students, studentStatusEvents } from '../../../db/schema';
import type { LeftOut, Proposal, ProposedLine } from '../../contract/allowanceBatches';
import { currentPeriod, periodSpan, type PeriodSpan } from '../../contract/allowancePeriods';
import type { ELIGIBILITIES } from '../../contract/allowancePolicies';
import { chinaToday } from '../../contract/dates';
import type { Locale } from '../../contract/messages';
import { formatMessage } from '../../contract/messages';
import { formatYuan } from '../../contract/money';
import { absence, schoolMonths, type StatusStep } from '../../contract/schoolMonths';
import { stepsByStudent, stepsOf } from '../checkins/expected';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { byClass } from '../classOrder';
import { givenInYear } from './caps';
import { unpaidApproved } from './hardship';
import { getPolicy, rateOn } from './policies';

/** Who a policy is meant for, among the students of the register. */
const MEANT_FOR: Record<(typeof ELIGIBILITIES)[number], (db: Db, policyId: number) => SQL | undefined> = {
  all: () => undefined,
  poverty_registered: () => eq(students.povertyStatus, 'registered'),
  dormitory: () => eq(students.dormitory, true),
  // A home province not recorded is not taken for outside Guangdong.
  outside_guangdong: () => sql`${students.homeProvince} <> '' AND ${students.homeProvince} NOT LIKE '广东%'`,
  // Chosen students are those with an approved request not yet in a batch (others are added by hand).
  chosen: (db, policyId) => inArray(students.id, db.select({ id: hardshipRequests.studentId }).from(hardshipRequests).where(unpaidApproved(policyId))),
};

/** Why a student meant for the policy was in school in none of the period's months, with the date that says so. */
function whyNotInSchool(steps: readonly StatusStep[], span: PeriodSpan): { reason: LeftOut['reason']; detail: string } {
  const gone = absence(steps, span.months.at(-1)!);
  return gone.why === 'not_enrolled' ? { reason: gone.why, detail: steps[0]?.date ?? '' } : { reason: gone.why, detail: gone.step.date };
}

/**
 * The lines a batch of `policyId` for `period` would hold: every student the policy is meant for
 * who was in school in one of its months (by status history and the school calendar) gets the
 * rate of the period's first day, up to what the academic year's cap leaves; the others it looked
 * at are listed with the reason. Reads only. `only`: the one student someone adds by hand, judged
 * whatever their status (so the reason names the day they left) and for a policy of chosen
 * students as one of them.
 */
export function propose(db: Db, policyId: number, period: string, now: Date, locale: Locale, only?: number): Proposal {
  const policy = getPolicy(db, policyId, now);
  const span = periodSpan(policy.period, period);
  if (!span) throw AppError.field('period', 'period_format', { kind: { label: 'policyPeriod', code: policy.period }, example: currentPeriod(policy.period, chinaToday(now)) });
  if (span.start > chinaToday(now)) throw AppError.field('period', 'period_future', { period });
  const calendar = readSettings(db).inSchoolMonths;
  const schoolTime = span.months.filter((m) => calendar.includes(Number(m.slice(5))));
  if (schoolTime.length === 0) throw AppError.field('period', 'period_school_break', { period });
  const rate = rateOn(policy.rates, span.start);
  if (!rate) throw AppError.field('period', 'period_no_rate', { date: span.start });

  // The school's students now (on leave too: they are told why they get nothing) and those who left since the period began.
  // From the first day of the period's first month: a one-off dated the 25th still pays who left on the 20th, as the month counts.
  const changed = gte(students.statusDate, `${span.months[0]}-01`);
  const meantFor = only
    ? and(eq(students.id, only), policy.eligibility === 'chosen' ? undefined : MEANT_FOR[policy.eligibility](db, policyId))
    : and(or(inArray(students.status, ['enrolled', 'suspended']), changed), MEANT_FOR[policy.eligibility](db, policyId));
  const ids = db.select({ id: students.id }).from(students).where(meantFor);
  const people = db
    .select({
      studentId: students.id,
      name: students.name,
      studentNo: students.studentNo,
      className: classes.name,
      status: students.status,
      statusDate: students.statusDate,
      bankAccount: students.bankAccount,
      bankAccountName: students.bankAccountName,
    })
    .from(students)
    .leftJoin(classes, eq(classes.id, students.classId))
    .where(meantFor)
    .orderBy(asc(students.namePinyin), asc(students.id))
    .all()
    .sort(byClass);
  // Only those on leave or whose status changed since the period began need their history: the others were in school throughout.
  const unsettled = only ? ids : db.select({ id: students.id }).from(students).where(and(meantFor, or(eq(students.status, 'suspended'), changed)));
  const steps = stepsByStudent(stepsOf(db, inArray(studentStatusEvents.studentId, unsettled)).all());
  const samePeriod = new Map(
    db
      .select({ studentId: allowanceLines.studentId, batchNo: allowanceBatches.batchNo })
      .from(allowanceLines)
      .innerJoin(allowanceBatches, eq(allowanceBatches.id, allowanceLines.batchId))
      .where(
        and(eq(allowanceBatches.policyId, policyId), eq(allowanceBatches.period, period), isNull(allowanceLines.reversesLineId), inArray(allowanceLines.studentId, ids)),
      )
      .all()
      .map((r) => [r.studentId, r.batchNo]),
  );
  const given = givenInYear(db, policyId, span.academicYear, ids.getSQL());
  // An approved request sets its student's amount and reason.
  const requests = new Map(
    db
      .select({ studentId: hardshipRequests.studentId, id: hardshipRequests.id, amountFen: hardshipRequests.amountFen, reason: hardshipRequests.reason })
      .from(hardshipRequests)
      .where(and(unpaidApproved(policyId), inArray(hardshipRequests.studentId, ids)))
      .all()
      .map((r) => [r.studentId, r]),
  );

  const lines: ProposedLine[] = [];
  const left: LeftOut[] = [];
  const cash = policy.kind === 'cash';
  for (const { status, statusDate, bankAccount, bankAccountName, ...who } of people) {
    const history = steps.get(who.studentId) ?? [];
    const inSchool = (status === 'enrolled' && statusDate < span.start) || schoolMonths(history, calendar, span.months[0], span.months.at(-1)!).length > 0;
    const leave = (reason: LeftOut['reason'], detail = '') => left.push({ ...who, reason, detail });
    if (!inSchool) {
      const why = whyNotInSchool(history, span);
      leave(why.reason, why.detail);
      continue;
    }
    const batchNo = samePeriod.get(who.studentId);
    if (batchNo) leave('already_in_batch', batchNo);
    else if (cash && !bankAccount) leave('no_bank_account');
    else if (cash && bankAccountName && bankAccountName !== who.name) leave('account_name', bankAccountName);
    else {
      const sofar = given.get(who.studentId) ?? 0;
      const request = requests.get(who.studentId);
      const asked = request?.amountFen ?? rate.amountFen;
      const room = policy.capFen === null ? asked : Math.min(asked, policy.capFen - sofar);
      const capped = room < asked ? formatMessage(locale, 'line_capped', { given: formatYuan(sofar), cap: formatYuan(policy.capFen!) }) : '';
      if (room <= 0) leave('cap_reached', formatYuan(sofar));
      else lines.push({ ...who, amountFen: room, reason: [request?.reason, capped].filter(Boolean).join('；'), requestId: request?.id ?? null });
    }
  }
  return { policyId, period, academicYear: span.academicYear, rateFen: rate.amountFen, lines, left, totalFen: lines.reduce((t, l) => t + l.amountFen, 0) };
}
