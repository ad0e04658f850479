import type { Db } from '../../../../db/open';
import { percentOf } from '../../../contract/outcomes';
import type { SummaryTrend, TrendPoint } from '../../../contract/reportingSummary';
import { graduateFacts, graduationYearOf } from '../../placements/outcomes/facts';
import type { SessionUser } from '../../rpc/context';
import { registerCounts } from './register';
import { bucketsOf, summaryFigures } from './summary';

const rate = (year: number, n: number, d: number): TrendPoint => ({ year, n, d, value: percentOf(n, d) });

/**
 * Each indicator year by year, oldest first: the graduates' by 届, the intake's and those over it by
 * the cohort's intake year (a recent cohort's 流失率 and 人均资助 are still growing).
 */
export function summaryTrend(db: Db, user: SessionUser, projectId: number | null): SummaryTrend {
  const years = registerCounts(db, 'intakeYear', projectId);
  const byYear = bucketsOf(graduateFacts(db, user, { year: null, projectId }), (f) => String(graduationYearOf(f.graduatedOn)));
  const classes = [...byYear.keys()].sort().map((year) => {
    const { counts, salaryMedianFen } = summaryFigures({ intake: 0, withdrawn: 0, paidFen: 0 }, byYear.get(year)!);
    return { year: Number(year), counts, salaryMedianFen };
  });
  return {
    intake: years.map((y) => ({ year: y.key, n: y.intake, d: y.intake, value: y.intake })),
    dropoutRate: years.map((y) => rate(y.key, y.withdrawn, y.intake)),
    paidPerStudent: years.map((y) => ({ year: y.key, n: y.paidFen, d: y.intake, value: y.intake === 0 ? null : Math.round(y.paidFen / y.intake) })),
    employmentRate: classes.map((c) => rate(c.year, c.counts.employed, c.counts.graduates)),
    shenzhenShare: classes.map((c) => rate(c.year, c.counts.shenzhen, c.counts.direct)),
    salaryMedian: classes.map((c) => ({ year: c.year, n: c.counts.salaried, d: c.counts.salaried, value: c.salaryMedianFen })),
  };
}
