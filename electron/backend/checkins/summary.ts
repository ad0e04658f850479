import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { checkins } from '../../../db/schema';
import type { HELP_KINDS, Risk } from '../../contract/checkins';
import { figures, sumCounts, type AtRiskStudent, type Summary, type SummaryGroup } from '../../contract/coverage';
import type { SessionUser } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { statementCache } from '../prepared';
import { candidateIds, expectedInRange, reachOf, type Reach } from './expected';
import { futureMonthProblem } from './months';

/** Unnamed (no counsellor, no class) last; names as people sort them (pinyin). */
const byName = (a: string | null, b: string | null) => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a.localeCompare(b, 'zh-CN'));

/** High risk before watch, as the office reads the list. */
const RISK_ORDER: Record<Risk, number> = { high: 0, watch: 1, normal: 2 };

/** What was logged in a month for a reach's students. */
function prepareLogged(db: Db, { shape }: Reach) {
  return db
    .select({
      studentId: checkins.studentId,
      risk: checkins.risk,
      help: checkins.help,
      attendancePct: checkins.attendancePct,
      failingCourses: checkins.failingCourses,
      moneyTrouble: checkins.moneyTrouble,
      familyEvent: checkins.familyEvent,
    })
    .from(checkins)
    .where(and(eq(checkins.month, sql.placeholder('month')), inArray(checkins.studentId, candidateIds(db, shape))))
    .prepare();
}
const preparedLogged = statementCache<ReturnType<typeof prepareLogged>>();

/**
 * 月度监测汇总 for one month: per counsellor and class, who was in school, who was checked, their
 * risk levels, the help given by kind, and the students at risk with what was logged. Three queries:
 * the students, their status histories, and the month's check-ins.
 */
export function summary(db: Db, user: SessionUser, month: string, now: Date): Summary {
  const future = futureMonthProblem(month, now);
  if (future) throw new AppError('invalid_input', {}, [future]);
  const reach = reachOf(user, month);
  const students = expectedInRange(db, reach, month, readSettings(db).inSchoolMonths);
  const query = preparedLogged(db, reach.key, () => prepareLogged(db, reach));
  const logged = new Map(query.all({ ...reach.params, month }).map((c) => [c.studentId, c]));

  const groups = new Map<string, SummaryGroup>();
  for (const s of students) {
    const key = `${s.counsellorId} ${s.classId}`;
    const { counsellorId, counsellorName, classId, className } = s;
    const group = groups.get(key) ?? { counsellorId, counsellorName, classId, className, ...sumCounts([]), atRisk: [] };
    groups.set(key, group);
    group.expected += 1;
    const c = logged.get(s.studentId);
    if (!c) continue;
    group.checked += 1;
    group.risks[c.risk as Risk] += 1;
    for (const kind of JSON.parse(c.help) as (typeof HELP_KINDS)[number][]) group.help[kind] += 1;
    if (c.risk !== 'normal') {
      const { risk, attendancePct, failingCourses, moneyTrouble, familyEvent } = c;
      group.atRisk.push({ studentId: s.studentId, name: s.name, risk: risk as AtRiskStudent['risk'], attendancePct, failingCourses, moneyTrouble, familyEvent });
    }
  }
  return {
    month,
    groups: [...groups.values()]
      .sort((a, b) => byName(a.counsellorName, b.counsellorName) || byName(a.className, b.className))
      .map((g) => ({ ...g, ...figures(g.expected, g.checked), atRisk: g.atRisk.sort((a, b) => RISK_ORDER[a.risk] - RISK_ORDER[b.risk]) })),
    total: sumCounts([...groups.values()]),
  };
}
