import { z } from 'zod';
import type { BatchStatus } from './allowanceBatches';
import type { POLICY_KINDS } from './allowancePolicies';
import { method } from './define';
import { id } from './fields';
import type { Role } from './roles';

/** One student's line in a batch, as their ledger (资助台账) lists it; amounts in fen, a reversal negative. */
export interface LedgerLine {
  lineId: number;
  batchId: number;
  batchNo: string;
  policyId: number;
  policyName: string;
  period: string;
  /** the academic year the line counts in: a reversal's is that of the line it corrects */
  academicYear: number;
  status: BatchStatus;
  paidOn: string | null;
  amountFen: number;
  reason: string;
  reverses: { lineId: number; batchNo: string; period: string } | null;
  /** how much of this line later reversals took back (0 or more) */
  reversedFen: number;
}

/** A policy's year for the student: what every batch gives (drafts too, as the cap counts), what is paid, and what the cap leaves. */
export interface LedgerYear {
  academicYear: number;
  policyId: number;
  policyName: string;
  kind: (typeof POLICY_KINDS)[number];
  givenFen: number;
  paidFen: number;
  capFen: number | null;
  remainingFen: number | null;
}

export interface Ledger {
  /** newest first */
  lines: LedgerLine[];
  /** newest year first, then by policy */
  years: LedgerYear[];
}

/** Money is for the office, finance and leaders; counsellors see none. */
const READERS: readonly Role[] = ['admin', 'office', 'finance', 'viewer'];

export const allowanceLedgerMethods = {
  'allowances.ledger': method<Ledger>()({ input: z.object({ studentId: id }), roles: READERS, write: false }),
};

/** How the office's totals are broken down. */
export const TOTALS_BY = ['academicYear', 'project', 'cohort', 'policy', 'fundingSource'] as const;
export type TotalsBy = (typeof TOTALS_BY)[number];

/** One group of the office's totals: paid batches only, a reversal counted in the year of the line it corrects. */
export interface TotalsRow {
  /** the academic year, the project's, cohort's or policy's id, or the funding source itself */
  key: number | string;
  label: string;
  students: number;
  lines: number;
  /** paid out */
  cashFen: number;
  /** fees waived (减免), recorded but not paid */
  waiverFen: number;
}

export interface Totals {
  by: TotalsBy;
  academicYear: number | null;
  rows: TotalsRow[];
  total: Omit<TotalsRow, 'key' | 'label'>;
}

/** A breakdown and its academic year (null: all years); the lists behind its figures take the same. */
export const totalsInput = z.object({
  by: z.enum(TOTALS_BY).default('academicYear'),
  academicYear: z.number().int().min(2000).max(2100).nullable().default(null),
});

export const allowanceTotalsMethods = {
  'allowances.totals': method<Totals>()({
    input: totalsInput,
    roles: READERS,
    write: false,
  }),
};
