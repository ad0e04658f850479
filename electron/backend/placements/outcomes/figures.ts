import { OUTCOME_FIGURES, type OutcomeFigure, type OutcomeRow, type OutcomeSet } from '../../../contract/outcomes';
import { deriveDestination, sameProvince, SCHOOL_CITY, SCHOOL_PROVINCE, type Destination, type Outcome } from '../../../contract/placements';
import type { GraduateFact } from './facts';

/** 就业(含升学): every outcome but 未就业 and 其他 (domain.md: 升学 counts as 就业 in this figure). */
const EMPLOYED: ReadonlySet<Outcome> = new Set(['contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad']);

const employed = (f: GraduateFact) => f.outcome !== null && EMPLOYED.has(f.outcome);
/** 直接就业 = 就业 − 升学 */
const direct = (f: GraduateFact) => employed(f) && f.outcome !== 'further_study';

/** 本地 (the school's province), 异地, 境外 (出国); null when the place was not recorded. */
function where(f: GraduateFact): 'local' | 'elsewhere' | 'overseas' | null {
  if (f.outcome === 'abroad') return 'overseas';
  const city = f.city ?? '';
  const province = f.province ?? '';
  if (city.includes(SCHOOL_CITY) || sameProvince(province, SCHOOL_PROVINCE)) return 'local';
  return province === '' ? null : 'elsewhere';
}

const destination = (f: GraduateFact): Destination =>
  (f.destination as Destination | null) ?? deriveDestination(f.city ?? '', f.province ?? '', f.homeProvince);

const asked = (still: number | null) => still !== null;

/** Whether a graduate is in each figure, and in each base a figure is counted over. */
export const IN: Record<OutcomeSet, (f: GraduateFact) => boolean> = {
  graduates: () => true,
  unrecorded: (f) => f.outcome === null,
  employed,
  direct,
  furtherStudy: (f) => f.outcome === 'further_study',
  contract: (f) => f.outcome === 'contract',
  flexible: (f) => f.outcome === 'flexible',
  selfEmployed: (f) => f.outcome === 'self_employed',
  military: (f) => f.outcome === 'military',
  abroad: (f) => f.outcome === 'abroad',
  unemployed: (f) => f.outcome === 'unemployed',
  other: (f) => f.outcome === 'other',
  related: (f) => direct(f) && f.related === 1,
  contractSigned: (f) => direct(f) && f.outcome === 'contract',
  insured: (f) => direct(f) && f.insured === 1,
  local: (f) => direct(f) && where(f) === 'local',
  elsewhere: (f) => direct(f) && where(f) === 'elsewhere',
  overseas: (f) => direct(f) && where(f) === 'overseas',
  shenzhen: (f) => direct(f) && destination(f) === 'shenzhen',
  home: (f) => direct(f) && destination(f) === 'home',
  otherPlace: (f) => direct(f) && destination(f) === 'other',
  channelSchool: (f) => direct(f) && f.channel === 'school',
  channelSelf: (f) => direct(f) && f.channel === 'self',
  channelOther: (f) => direct(f) && f.channel === 'other',
  salaried: (f) => direct(f) && f.salaryFen !== null,
  asked6: (f) => direct(f) && asked(f.still6),
  asked12: (f) => direct(f) && asked(f.still12),
  askedBoth: (f) => direct(f) && asked(f.still6) && asked(f.still12),
  retained6: (f) => direct(f) && f.still6 === 1,
  retained12: (f) => direct(f) && f.still12 === 1,
  stable: (f) => direct(f) && f.still6 === 1 && f.still12 === 1,
};

const FIGURES = Object.keys(OUTCOME_FIGURES) as OutcomeFigure[];
const SETS = Object.keys(IN) as OutcomeSet[];

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** The figures of one group of graduates. */
export function figuresOf(facts: readonly GraduateFact[]): Omit<OutcomeRow, 'key' | 'label'> {
  const counts = Object.fromEntries(SETS.map((s) => [s, 0])) as Record<OutcomeSet, number>;
  const salaries: number[] = [];
  for (const f of facts) {
    for (const s of SETS) if (IN[s](f)) counts[s]++;
    if (IN.salaried(f)) salaries.push(f.salaryFen!);
  }
  salaries.sort((a, b) => a - b);
  const sum = salaries.reduce((a, b) => a + b, 0);
  return {
    figures: Object.fromEntries(FIGURES.map((fig) => [fig, { n: counts[fig], d: counts[OUTCOME_FIGURES[fig]] }])) as OutcomeRow['figures'],
    salaryMedianFen: median(salaries),
    salaryMeanFen: salaries.length ? Math.round(sum / salaries.length) : null,
  };
}
