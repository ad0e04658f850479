import { and, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { checkins } from '../../../db/schema';
import type { checkinsMethods, MonthView, Risk } from '../../contract/checkins';
import { addMonths } from '../../contract/schoolMonths';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { statementCache } from '../prepared';
import { candidateIds, expectedStudents, listed, reachOf, type Reach } from './expected';
import { currentMonth, futureMonthProblem } from './months';

type Input = z.output<(typeof checkinsMethods)['checkins.month']['input']>;

/** The month's and the month before's check-ins of a reach. */
function prepareLogged(db: Db, { shape }: Reach) {
  // The whole school's two months are read by month alone: looking each candidate's up took longer than reading the few others.
  const whose = shape.scoped || shape.byClass ? inArray(checkins.studentId, candidateIds(db, shape)) : undefined;
  return db
    .select({ id: checkins.id, studentId: checkins.studentId, month: checkins.month, risk: checkins.risk })
    .from(checkins)
    .where(and(inArray(checkins.month, [sql.placeholder('month'), sql.placeholder('before')]), whose))
    .prepare();
}
const preparedLogged = statementCache<ReturnType<typeof prepareLogged>>();

/**
 * 我的本月: the students expected in the month with what was logged for them. Three prepared
 * queries whatever the class size: the students, their status histories, and the month's and the
 * month before's check-ins.
 */
export function monthView(db: Db, user: SessionUser, { month, classId }: Input, now: Date): MonthView {
  const future = futureMonthProblem(month, now);
  if (future) throw new AppError('invalid_input', {}, [future]);
  const reach = reachOf(user, month, { classId });
  const expected = expectedStudents(db, reach, readSettings(db).inSchoolMonths);
  const before = addMonths(month, -1);
  const logged = new Map<string, { id: number; risk: Risk }>();
  const rows = preparedLogged(db, reach.key, () => prepareLogged(db, reach)).all({ ...reach.params, month, before });
  for (const r of rows) logged.set(`${r.studentId} ${r.month}`, { id: r.id, risk: r.risk as Risk });
  const missing = month < currentMonth(now) ? 'overdue' : 'open';
  return {
    month,
    rows: expected.map((s) => {
      const done = logged.get(`${s.studentId} ${month}`);
      return listed(s, {
        state: done ? ('done' as const) : missing,
        checkinId: done?.id ?? null,
        risk: done?.risk ?? null,
        lastRisk: logged.get(`${s.studentId} ${before}`)?.risk ?? null,
      });
    }),
  };
}
