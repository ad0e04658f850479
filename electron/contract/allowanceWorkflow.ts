import { z } from 'zod';
import type { BatchStatus } from './allowanceBatches';
import { fen } from './allowancePolicies';
import { method } from './define';
import { id, isoDate, requiredText, text, versionField } from './fields';
import type { Role } from './roles';

/**
 * A batch's way from draft to paid: 提交 → 复核 (when the setting has it) → 审批 → 已发放, with 退回
 * to draft and a reason from any step before approval. Its lines change only in draft, each change
 * with a reason and against the version the user saw. The person who prepared or submitted a batch
 * may not review or approve it (separation of duties).
 */
export const STEP_ACTIONS = ['submit', 'review', 'approve', 'return', 'notice', 'pay'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

/** The steps that move a batch forward, and the status each leads to. */
export const FORWARD = { submit: 'submitted', review: 'reviewed', approve: 'approved' } as const satisfies Record<string, BatchStatus>;
export type ForwardAction = keyof typeof FORWARD;

/** The statuses each forward step starts from: with no 复核 step, approval follows submission (or a review done before the setting changed). */
export function startsFrom(action: ForwardAction, reviewStep: boolean): readonly BatchStatus[] {
  if (action === 'submit') return ['draft'];
  if (action === 'review') return reviewStep ? ['submitted'] : [];
  return reviewStep ? ['reviewed'] : ['submitted', 'reviewed'];
}

const batchRef = z.object({ id, version: versionField });
const lineChange = z.object({ batchId: id, version: versionField, reason: requiredText(200) });

/** 公示 and payment happen on dates the user gives; none may be in the future (checked against today on the backend). */
export const stepInputs = {
  forward: batchRef.extend({ action: z.enum(['submit', 'review', 'approve'], 'required'), note: text(200) }),
  returnBatch: batchRef.extend({ reason: requiredText(200) }),
  notice: batchRef.extend({ from: isoDate }),
  pay: batchRef.extend({ paidOn: isoDate, bankRef: requiredText(50) }),
};

export interface BatchStep {
  action: StepAction;
  fromStatus: BatchStatus;
  toStatus: BatchStatus;
  userId: number;
  userName: string | null;
  at: string;
  note: string;
}

export interface Objection {
  id: number;
  receivedOn: string;
  content: string;
  recordedByName: string | null;
}

const PREPARERS: readonly Role[] = ['admin', 'office', 'finance'];
const affects = ['allowances'] as const;

export const allowanceWorkflowMethods = {
  /** a student the proposal did not hold (a chosen student, one whose account was added since), with the amount and why */
  'allowances.addLine': method<null>()({
    input: lineChange.extend({ studentId: id, amountFen: fen }),
    roles: PREPARERS,
    write: true,
    affects,
  }),
  'allowances.changeLine': method<null>()({
    input: lineChange.extend({ lineId: id, amountFen: fen }),
    roles: PREPARERS,
    write: true,
    affects,
  }),
  'allowances.removeLine': method<null>()({ input: lineChange.extend({ lineId: id }), roles: PREPARERS, write: true, affects }),
  /** undoes (part of) a line of a paid batch of the same policy: a negative line in this draft, naming the one it corrects */
  'allowances.addReversal': method<null>()({
    input: lineChange.extend({ lineId: id, amountFen: fen }),
    roles: PREPARERS,
    write: true,
    affects,
  }),
  /** a draft nobody needs any more; nothing submitted is ever deleted */
  'allowances.discardBatch': method<null>()({ input: batchRef, roles: PREPARERS, write: true, affects }),
  'allowances.forward': method<null>()({ input: stepInputs.forward, roles: PREPARERS, write: true, affects }),
  'allowances.returnBatch': method<null>()({ input: stepInputs.returnBatch, roles: PREPARERS, write: true, affects }),
  /** the day the recipients' list went up on campus; the working days count from it */
  'allowances.postNotice': method<null>()({ input: stepInputs.notice, roles: PREPARERS, write: true, affects }),
  'allowances.markPaid': method<null>()({ input: stepInputs.pay, roles: PREPARERS, write: true, affects }),
  /** an objection to a line received while the notice was up; kept with the line */
  'allowances.addObjection': method<null>()({
    input: z.object({ lineId: id, receivedOn: isoDate, content: requiredText(500) }),
    roles: PREPARERS,
    write: true,
    affects,
  }),
};
