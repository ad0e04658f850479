import { z } from 'zod';
import type { BatchStatus } from './allowanceBatches';
import { fen } from './allowancePolicies';
import { method } from './define';
import { id, optionalId, requiredText, text, versionField } from './fields';
import type { Role } from './roles';

/**
 * 临时困难补助 (and any policy for chosen students): a request for one student, with the amount and
 * why, often from a counsellor's check-in that asked for it; decided by someone other than who
 * asked; once approved, the next batch of its policy proposes it.
 */
export const HARDSHIP_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type HardshipStatus = (typeof HARDSHIP_STATUSES)[number];

export const hardshipFields = z.object({
  studentId: id,
  policyId: id,
  amountFen: fen,
  reason: requiredText(500),
  checkinId: optionalId.default(null),
});

export interface HardshipRequest {
  id: number;
  studentId: number;
  studentName: string;
  className: string | null;
  policyId: number;
  policyName: string;
  amountFen: number;
  reason: string;
  checkinId: number | null;
  checkinMonth: string | null;
  status: HardshipStatus;
  requestedBy: number;
  requestedByName: string | null;
  createdAt: string;
  decidedByName: string | null;
  decidedAt: string | null;
  decisionNote: string;
  /** the batch paying it, once it is in one */
  batch: { id: number; batchNo: string; status: BatchStatus } | null;
  version: number;
}

/** A check-in whose help was 申请困难补助 and for which no request was made yet: the office's to-do. */
export interface AskingCheckin {
  checkinId: number;
  studentId: number;
  studentName: string;
  className: string | null;
  month: string;
  counsellorName: string | null;
  notes: string;
}

/** The office asks and decides; finance and leaders read (finance pays them through batches). */
const DECIDERS: readonly Role[] = ['admin', 'office'];
const READERS: readonly Role[] = [...DECIDERS, 'finance', 'viewer'];

export const hardshipMethods = {
  'hardship.list': method<HardshipRequest[]>()({
    input: z.object({ status: z.enum(HARDSHIP_STATUSES).nullable().default(null), studentId: optionalId.default(null) }),
    roles: READERS,
    write: false,
  }),
  'hardship.asking': method<AskingCheckin[]>()({ input: z.object({}), roles: DECIDERS, write: false }),
  'hardship.request': method<HardshipRequest>()({ input: hardshipFields, roles: DECIDERS, write: true, affects: ['hardship', 'allowances'] }),
  'hardship.decide': method<HardshipRequest>()({
    input: z.object({ id, version: versionField, approve: z.boolean(), note: text(500) }),
    roles: DECIDERS,
    write: true,
    affects: ['hardship', 'allowances'],
  }),
};
