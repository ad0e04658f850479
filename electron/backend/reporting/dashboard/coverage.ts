import { and, between, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../../db/open';
import { checkins } from '../../../../db/schema';
import { figures, type CoverageMonth } from '../../../contract/coverage';
import { monthsBetween } from '../../../contract/schoolMonths';
import { candidateIds, expectedMonths, reachOf, type Reach } from '../../checkins/expected';
import { statementCache } from '../../prepared';
import type { SessionUser } from '../../rpc/context';
import { readSettings } from '../../settings/store';

/** Each candidate's months of the range with a check-in, as one text ('2026-09,2026-10'). */
function prepareLogged(db: Db, { shape }: Reach) {
  return db
    .select({ studentId: checkins.studentId, months: sql<string>`group_concat(${checkins.month})` })
    .from(checkins)
    .where(and(between(checkins.month, sql.placeholder('from'), sql.placeholder('to')), inArray(checkins.studentId, candidateIds(db, shape))))
    .groupBy(checkins.studentId)
    .prepare();
}
const preparedLogged = statementCache<ReturnType<typeof prepareLogged>>();

/**
 * 覆盖情况's months, counted as checkins.coverage counts them (the same students expected, from
 * checkins/expected.ts, and a month checked when it has a check-in) without naming anyone: coverage()
 * names every student for its split by counsellor and class, which costs twice the counting.
 */
export function coverageMonths(db: Db, user: SessionUser, from: string, to: string): CoverageMonth[] {
  const reach = reachOf(user, from);
  const expected = expectedMonths(db, reach, to, readSettings(db).inSchoolMonths);
  const logged = new Map<number, string>();
  for (const r of preparedLogged(db, reach.key, () => prepareLogged(db, reach)).all({ ...reach.params, from, to })) logged.set(r.studentId, r.months);
  const counts = new Map<string, { expected: number; checked: number }>(monthsBetween(from, to).map((m) => [m, { expected: 0, checked: 0 }]));
  for (const [studentId, months] of expected) {
    const done = new Set(logged.get(studentId)?.split(','));
    for (const month of months) {
      const count = counts.get(month)!;
      count.expected += 1;
      if (done.has(month)) count.checked += 1;
    }
  }
  return [...counts].map(([month, c]) => ({ month, ...figures(c.expected, c.checked) }));
}
