import { z } from 'zod';
import { method } from './define';
import { id, text } from './fields';
import type { BatchStep, Objection } from './allowanceWorkflow';
import type { Role } from './roles';

/** 发放批次: a policy's lines for one period, proposed from the register; amounts in fen. */
export const BATCH_STATUSES = ['draft', 'submitted', 'reviewed', 'approved', 'paid'] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

/** Why a student the policy is meant for has no line in the proposal. */
export const LEFT_OUT_REASONS = ['not_enrolled', 'on_leave', 'left', 'no_bank_account', 'account_name', 'already_in_batch', 'cap_reached'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export const batchTarget = z.object({
  policyId: id,
  /** YYYY-MM, YYYY-1 / YYYY-2, YYYY or a day, by the policy's period (see allowancePeriods) */
  period: z.string('required').trim().min(1, 'required').max(10, 'period_format'),
});

interface StudentNames {
  studentId: number;
  name: string;
  studentNo: string | null;
  className: string | null;
}

export interface ProposedLine extends StudentNames {
  amountFen: number;
  /** why the amount is not the rate (what the cap left), or the approved request's reason */
  reason: string;
  /** the approved request (临时困难补助…) the line pays */
  requestId: number | null;
}

export interface LeftOut extends StudentNames {
  reason: LeftOutReason;
  /** the batch already paying the period, the status and its date, the name on the account… */
  detail: string;
}

export interface Proposal {
  policyId: number;
  period: string;
  academicYear: number;
  /** the rate in effect on the period's first day */
  rateFen: number;
  lines: ProposedLine[];
  left: LeftOut[];
  totalFen: number;
}

export interface BatchRow {
  id: number;
  batchNo: string;
  policyId: number;
  policyName: string;
  period: string;
  status: BatchStatus;
  lineCount: number;
  totalFen: number;
  preparedByName: string | null;
  createdAt: string;
  version: number;
}

export interface BatchLine extends StudentNames {
  id: number;
  amountFen: number;
  proposedFen: number | null;
  reason: string;
  /** a reversal: the line it corrects and that line's batch */
  reverses: { lineId: number; batchNo: string; period: string } | null;
  objections: Objection[];
}

export interface BatchSummary extends BatchRow {
  academicYear: number;
  notes: string;
  preparedBy: number;
  /** the policy's working days of public notice (0: none) */
  noticeDays: number;
  noticeFrom: string | null;
  /** the notice's last working day: approval may follow on any later day */
  noticeEndsOn: string | null;
  paidOn: string | null;
  bankRef: string;
}

export interface Batch extends BatchSummary {
  policyKind: 'cash' | 'waiver';
  /** whether the office's workflow has the 复核 step (a setting) */
  reviewStep: boolean;
  steps: BatchStep[];
  lines: BatchLine[];
}

/** Finance and the office prepare batches; leaders read them; counsellors see no money. */
const PREPARERS: readonly Role[] = ['admin', 'office', 'finance'];
const READERS: readonly Role[] = [...PREPARERS, 'viewer'];

export const allowanceBatchesMethods = {
  /** who would be paid for the period and how much, and who is left out and why; nothing written */
  'allowances.propose': method<Proposal>()({ input: batchTarget, roles: PREPARERS, write: false }),
  /** the proposal as a draft batch, in one transaction (its lines are read with allowances.batch) */
  'allowances.createBatch': method<BatchSummary>()({
    input: batchTarget.extend({ notes: text(500) }),
    roles: PREPARERS,
    write: true,
    affects: ['allowances'],
  }),
  'allowances.batches': method<BatchRow[]>()({ input: z.object({ policyId: id.nullable().default(null) }), roles: READERS, write: false }),
  'allowances.batch': method<Batch>()({ input: z.object({ id }), roles: READERS, write: false }),
};
