import { z } from 'zod';
import { fen } from './allowancePolicies';
import { method } from './define';
import { id, isoDate, optionalId, text, versionField } from './fields';
import type { Role } from './roles';

/**
 * 就业去向 at graduation, in the categories of the 中职 employment statistics: 就业 (签订劳动合同 or
 * 灵活就业), 自主创业, 升学, 参军, 出国, 未就业, 其他. 就业率(含升学) counts all but 未就业 and 其他.
 */
export const OUTCOMES = ['contract', 'flexible', 'self_employed', 'further_study', 'military', 'abroad', 'unemployed', 'other'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes at an employer: these need the company, and count in 直接就业 with 自主创业, 参军 and 出国. */
export const AT_EMPLOYER: readonly Outcome[] = ['contract', 'flexible'];

/** 留深 (stayed in Shenzhen), 回乡 (went home to the student's province), 其他. */
export const DESTINATIONS = ['shenzhen', 'home', 'other'] as const;
export type Destination = (typeof DESTINATIONS)[number];

/** Where the school is: 留深 is a job in its city, 本地 one in its province (as the provincial form counts 本地/异地/境外). */
export const SCHOOL_CITY = '深圳';
export const SCHOOL_PROVINCE = '广东';

/** 广西 and 广西壮族自治区 are one province: compared by the name's first two characters. */
export const sameProvince = (a: string, b: string) => a !== '' && b !== '' && a.slice(0, 2) === b.slice(0, 2);

/** 留深 for a job in Shenzhen, 回乡 for one in the student's home province, else 其他. */
export function deriveDestination(city: string, province: string, homeProvince: string): Destination {
  if (city.includes(SCHOOL_CITY)) return 'shenzhen';
  return sameProvince(province, homeProvince) ? 'home' : 'other';
}

export const CONTRACT_KINDS = ['fixed', 'open', 'none'] as const;
export const CHANNELS = ['school', 'self', 'other'] as const;

export const placementFields = z.object({
  studentId: id,
  outcome: z.enum(OUTCOMES, 'required'),
  companyId: optionalId.default(null),
  industry: text(50),
  position: text(50),
  province: text(20),
  city: text(30),
  /** null: as the city and the student's home say (留深 for 深圳, 回乡 for the home province) */
  destination: z.enum(DESTINATIONS).nullable().default(null),
  relatedToMajor: z.boolean(),
  startDate: isoDate.nullable(),
  monthlySalaryFen: fen.nullable(),
  contractKind: z.enum(CONTRACT_KINDS).nullable().default(null),
  socialInsurance: z.boolean(),
  channel: z.enum(CHANNELS).nullable().default(null),
  notes: text(500),
});
export type PlacementInput = z.output<typeof placementFields>;

export interface Placement extends Omit<PlacementInput, 'destination'> {
  id: number;
  companyName: string | null;
  /** as recorded, or as derived when not set by hand */
  destination: Destination;
  destinationSetByHand: boolean;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** The office and counsellors (their own students) record where graduates went; leaders read. */
const EDITORS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...EDITORS, 'viewer'];
const affects = ['placements'] as const;

export const placementsMethods = {
  /** the student's placement, or null before one is recorded */
  'placements.ofStudent': method<Placement | null>()({ input: z.object({ studentId: id }), roles: READERS, write: false }),
  'placements.save': method<Placement>()({
    input: placementFields.extend({ version: versionField.nullable().default(null) }),
    roles: EDITORS,
    write: true,
    affects,
  }),
};
