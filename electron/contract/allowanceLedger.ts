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
