import { and, eq, inArray } from 'drizzle-orm';
import { checkins, students } from '../../../db/schema';
import { checkinFields } from '../../contract/checkins';
import { chinaToday } from '../../contract/dates';
import type { FieldProblem } from '../../contract/problems';
import type { HandlerFn } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { scopeFor } from '../students/queries';
import { expectedMonths, reachOf } from './expected';
import { lastDayOf } from '../../contract/schoolMonths';
import { currentMonth, futureMonthProblem } from './months';
import { toRow } from './save';

/** Names in a message: the first few, which is enough to find them in the list. */
const named = (names: string[]) => (names.length > 5 ? `${names.slice(0, 5).join('、')}…（${names.length}）` : names.join('、'));

/**
 * 一键正常: each student gets their own 正常 record (met in person, nothing to report), dated today,
 * or the month's last day when the month is over. All or none: one student not expected or already
 * logged refuses the lot, naming them.
 */
export const quickNormal: HandlerFn<'checkins.quickNormal'> = ({ month, studentIds }, ctx) => {
  const { db, user } = ctx;
  const now = ctx.now();
  const future = futureMonthProblem(month, now);
  if (future) throw new AppError('invalid_input', {}, [future]);
  const reached = db
    .select({ id: students.id, name: students.name })
    .from(students)
    .where(and(inArray(students.id, studentIds), scopeFor(user)))
    .all();
  // Outside a counsellor's reach is refused as the register refuses it: as if there were no such student.
  if (reached.length !== studentIds.length) throw new AppError('not_found');
  const nameOf = new Map(reached.map((s) => [s.id, s.name]));

  const expected = expectedMonths(db, reachOf(user, month, { studentIds }), month, readSettings(db).inSchoolMonths);
  const done = new Set(
    db
      .select({ studentId: checkins.studentId })
      .from(checkins)
      .where(and(eq(checkins.month, month), inArray(checkins.studentId, studentIds)))
      .all()
      .map((r) => r.studentId),
  );
  const problems: FieldProblem[] = [];
  const notExpected = studentIds.filter((id) => !expected.has(id)).map((id) => nameOf.get(id)!);
  const already = studentIds.filter((id) => expected.has(id) && done.has(id)).map((id) => nameOf.get(id)!);
  if (notExpected.length) problems.push({ field: 'studentIds', key: 'checkin_quick_not_expected', params: { names: named(notExpected), month } });
  if (already.length) problems.push({ field: 'studentIds', key: 'checkin_quick_done', params: { names: named(already), month } });
  if (problems.length) throw new AppError('invalid_input', {}, problems);

  const date = month === currentMonth(now) ? chinaToday(now) : lastDayOf(month);
  const ts = now.toISOString();
  const ids = studentIds.map((studentId) => {
    const values = checkinFields.parse({ studentId, month, date, method: 'in_person', risk: 'normal' });
    return db.insert(checkins).values({ ...toRow(values), authorId: user.id, createdAt: ts, updatedAt: ts }).returning({ id: checkins.id }).get().id;
  });
  ctx.audit({
    action: 'quick_normal',
    entity: 'checkin',
    entityId: null,
    after: { month, risk: 'normal', count: ids.length, studentNames: studentIds.map((id) => nameOf.get(id)!), checkinIds: ids },
  });
  return { ids };
};
