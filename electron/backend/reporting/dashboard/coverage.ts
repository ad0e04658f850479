import type { Db } from '../../../../db/open';
import { figures, type CoverageMonth } from '../../../contract/coverage';
import { monthsBetween } from '../../../contract/schoolMonths';
import { checkedMonths } from '../../checkins/coverage';
import type { SessionUser } from '../../rpc/context';

/**
 * 覆盖情况's months, counted over checkins.coverage's own checkedMonths (the same students expected
 * and the same check-ins) without naming anyone: coverage() names every student for its split by
 * counsellor and class, which costs twice the counting.
 */
export function coverageMonths(db: Db, user: SessionUser, from: string, to: string): CoverageMonth[] {
  const { expected, isDone } = checkedMonths(db, user, from, to);
  const counts = new Map<string, { expected: number; checked: number }>(monthsBetween(from, to).map((m) => [m, { expected: 0, checked: 0 }]));
  for (const [studentId, months] of expected) {
    for (const month of months) {
      const count = counts.get(month)!;
      count.expected += 1;
      if (isDone(studentId, month)) count.checked += 1;
    }
  }
  return [...counts].map(([month, c]) => ({ month, ...figures(c.expected, c.checked) }));
}
