import { z } from 'zod';
import { method } from './define';
import { id, isoDate, requiredText, text, versionField } from './fields';
import { MAX_FEN } from './money';
import type { Role } from './roles';

/** 资助项目: what the school pays or waives, how often, up to what, and for whom. Amounts are fen. */
export const POLICY_KINDS = ['cash', 'waiver'] as const;
export const POLICY_PERIODS = ['monthly', 'term', 'year', 'once'] as const;
export const ELIGIBILITIES = ['all', 'poverty_registered', 'dormitory', 'outside_guangdong', 'chosen'] as const;

export const fen = z.number('required').int('amount_format').min(1, 'amount_positive').max(MAX_FEN, 'amount_too_big');

export const policyFields = z.object({
  name: requiredText(50),
  kind: z.enum(POLICY_KINDS, 'required'),
  period: z.enum(POLICY_PERIODS, 'required'),
  /** most one student may receive in an academic year, every batch together; null: no cap */
  capFen: fen.nullable(),
  eligibility: z.enum(ELIGIBILITIES, 'required'),
  fundingSource: text(100),
  /** working days of public notice before a batch may be approved; 0: no notice */
  noticeDays: z.number('required').int('invalid_value').min(0, 'notice_days_range').max(30, 'notice_days_range'),
  active: z.boolean(),
  notes: text(1000),
});

/** A new standard amount from a date on: batches made before keep the amount they copied. */
export const rateFields = z.object({
  policyId: id,
  effectiveFrom: isoDate,
  amountFen: fen,
});

export interface PolicyRate {
  id: number;
  effectiveFrom: string;
  amountFen: number;
  createdByName: string | null;
  createdAt: string;
}

export type Policy = z.output<typeof policyFields> & {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** the rate in effect today, if any */
  currentFen: number | null;
  /** oldest first */
  rates: PolicyRate[];
};

/** The office keeps the policies; finance and leaders read them (finance pays by them). */
const EDITORS: readonly Role[] = ['admin', 'office'];
const READERS: readonly Role[] = [...EDITORS, 'finance', 'viewer'];

export const allowancePoliciesMethods = {
  'allowances.policies': method<Policy[]>()({ input: z.object({}), roles: READERS, write: false }),
  /** a new policy with its first rate */
  'allowances.createPolicy': method<Policy>()({
    input: policyFields.extend({ amountFen: fen, effectiveFrom: isoDate }),
    roles: EDITORS,
    write: true,
    affects: ['allowances'],
  }),
  'allowances.updatePolicy': method<Policy>()({
    input: policyFields.extend({ id, version: versionField }),
    roles: EDITORS,
    write: true,
    affects: ['allowances'],
  }),
  'allowances.addRate': method<Policy>()({ input: rateFields, roles: EDITORS, write: true, affects: ['allowances'] }),
};
