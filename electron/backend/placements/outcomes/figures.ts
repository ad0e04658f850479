import { OUTCOME_FIGURES, type OutcomeFigure, type OutcomeRow, type OutcomeSet } from '../../../contract/outcomes';
import { deriveDestination, sameProvince, SCHOOL_CITY, SCHOOL_PROVINCE, type Destination, type Outcome } from '../../../contract/placements';
import type { GraduateFact } from './facts';

/** 就业(含升学): every outcome but 未就业 and 其他 (domain.md: 升学 counts as 就业 in this figure). */
const EMPLOYED: ReadonlySet<Outcome> = new Set(['contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad']);

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

const OUTCOME_SET: Record<Outcome, OutcomeSet> = {
  contract: 'contract',
  flexible: 'flexible',
  self_employed: 'selfEmployed',
  further_study: 'furtherStudy',
  military: 'military',
  abroad: 'abroad',
  unemployed: 'unemployed',
  other: 'other',
};
const PLACE_SET = { local: 'local', elsewhere: 'elsewhere', overseas: 'overseas' } as const;
const DESTINATION_SET = { shenzhen: 'shenzhen', home: 'home', other: 'otherPlace' } as const;
const CHANNEL_SET: Record<string, OutcomeSet> = { school: 'channelSchool', self: 'channelSelf', other: 'channelOther' };

/**
 * Every figure and base a graduate is counted in: the one definition of the figures, which the
 * counts and the lists of students behind them both read. 直接就业's own figures are over 直接就业
 * (domain.md); retention is over those asked at the follow-up.
 */
export function setsOf(f: GraduateFact): OutcomeSet[] {
  if (f.outcome === null) return ['graduates', 'unrecorded'];
  const sets: OutcomeSet[] = ['graduates', OUTCOME_SET[f.outcome]];
  if (!EMPLOYED.has(f.outcome)) return sets;
  sets.push('employed');
  // 直接就业 = 就业 − 升学
  if (f.outcome === 'further_study') return sets;
  const place = where(f);
  sets.push('direct', DESTINATION_SET[destination(f)]);
  if (place !== null) sets.push(PLACE_SET[place]);
  if (f.related === 1) sets.push('related');
  if (f.outcome === 'contract') sets.push('contractSigned');
  if (f.insured === 1) sets.push('insured');
  if (f.channel !== null && CHANNEL_SET[f.channel]) sets.push(CHANNEL_SET[f.channel]);
  if (f.salaryFen !== null) sets.push('salaried');
  if (f.still6 !== null) sets.push('asked6');
  if (f.still12 !== null) sets.push('asked12');
  if (f.still6 !== null && f.still12 !== null) sets.push('askedBoth');
  if (f.still6 === 1) sets.push('retained6');
  if (f.still12 === 1) sets.push('retained12');
  if (f.still6 === 1 && f.still12 === 1) sets.push('stable');
  return sets;
}

const FIGURES = Object.keys(OUTCOME_FIGURES) as OutcomeFigure[];

function median(sorted: readonly number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
}

/** The figures of one group of graduates. */
export function figuresOf(facts: readonly GraduateFact[]): Omit<OutcomeRow, 'key' | 'label'> {
  const counts = new Map<OutcomeSet, number>();
  const salaries: number[] = [];
  for (const f of facts) {
    const sets = setsOf(f);
    for (const s of sets) counts.set(s, (counts.get(s) ?? 0) + 1);
    if (sets.includes('salaried')) salaries.push(f.salaryFen!);
  }
  salaries.sort((a, b) => a - b);
  const sum = salaries.reduce((a, b) => a + b, 0);
  const n = (s: OutcomeSet) => counts.get(s) ?? 0;
  return {
    figures: Object.fromEntries(FIGURES.map((fig) => [fig, { n: n(fig), d: n(OUTCOME_FIGURES[fig]) }])) as OutcomeRow['figures'],
    salaryMedianFen: median(salaries),
    salaryMeanFen: salaries.length ? Math.round(sum / salaries.length) : null,
  };
}
