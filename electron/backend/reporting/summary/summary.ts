import type { Db } from '../../../../db/open';
import type { OutcomeFigure } from '../../../contract/outcomes';
import type { ProgrammeSummary, SummaryFigures, SummaryInput } from '../../../contract/reportingSummary';
import { graduateFacts, type GraduateFact } from '../../placements/outcomes/facts';
import { figuresOf as outcomeFiguresOf } from '../../placements/outcomes/figures';
import { GROUP_KEY } from '../../placements/outcomes/stats';
import type { SessionUser } from '../../rpc/context';
import { registerCounts } from './register';

type Register = { intake: number; withdrawn: number; paidFen: number };

/** A group's figures: its register counts, and its graduates' as the outcome statistics count them (figures.ts). */
export function summaryFigures({ intake, withdrawn, paidFen }: Register, graduates: readonly GraduateFact[]): SummaryFigures {
  const outcome = outcomeFiguresOf(graduates);
  const n = (figure: OutcomeFigure) => outcome.figures[figure].n;
  return {
    counts: {
      intake,
      graduates: n('graduates'),
      withdrawn,
      employed: n('employed'),
      direct: n('direct'),
      shenzhen: n('shenzhen'),
      home: n('home'),
      otherPlace: n('otherPlace'),
      salaried: n('salaried'),
    },
    salaryMeanFen: outcome.salaryMeanFen,
    salaryMedianFen: outcome.salaryMedianFen,
    paidFen,
    paidPerStudentFen: intake === 0 ? null : Math.round(paidFen / intake),
  };
}

/** Groups items by a key. */
export function bucketsOf<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  return buckets;
}

/**
 * 项目成效 by project or cohort (of one project or all) and in total: two queries, the register's
 * counts and money per group and every graduate with their placement, counted in memory.
 */
export function programmeSummary(db: Db, user: SessionUser, { groupBy, projectId }: SummaryInput): ProgrammeSummary {
  const groups = registerCounts(db, groupBy, projectId);
  const facts = graduateFacts(db, user, { year: null, projectId });
  const buckets = bucketsOf(facts, GROUP_KEY[groupBy]);
  const sum = (field: keyof Register) => groups.reduce((total, g) => total + g[field], 0);
  return {
    groupBy,
    rows: groups.map((g) => ({ key: g.key, label: g.label, ...summaryFigures(g, buckets.get(String(g.key)) ?? []) })),
    total: summaryFigures({ intake: sum('intake'), withdrawn: sum('withdrawn'), paidFen: sum('paidFen') }, facts),
  };
}
