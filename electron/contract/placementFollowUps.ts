import { z } from 'zod';
import { fen } from './allowancePolicies';
import { method } from './define';
import { id, isoDate, optionalId, text } from './fields';
import type { Role } from './roles';

/**
 * 跟踪回访: so many months after a graduate started (3, 6 and 12 by default, a setting: no rule fixes
 * them), someone asks whether they are still employed, by whom and for how much. The latest says
 * where the graduate works now; 稳定就业 here is still employed at the 6- and 12-month follow-ups.
 */
export const followUpFields = z.object({
  placementId: id,
  point: z.number().int().min(1).max(36),
  doneOn: isoDate,
  stillEmployed: z.boolean(),
  sameEmployer: z.boolean(),
  companyId: optionalId.default(null),
  monthlySalaryFen: fen.nullable(),
  changeReason: text(200),
  notes: text(500),
});

export interface PlacementFollowUp extends z.output<typeof followUpFields> {
  id: number;
  companyName: string | null;
  recordedByName: string | null;
  createdAt: string;
}

/** A follow-up that is due (or overdue): the placement started so many months ago and nobody has asked yet. */
export interface DueFollowUp {
  placementId: number;
  studentId: number;
  studentName: string;
  className: string | null;
  counsellorName: string | null;
  companyName: string | null;
  startDate: string;
  point: number;
  dueOn: string;
}

const EDITORS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...EDITORS, 'viewer'];

export const placementFollowUpsMethods = {
  /** due by today, oldest first; a counsellor's own students only */
  'placementFollowUps.due': method<DueFollowUp[]>()({ input: z.object({}), roles: READERS, write: false }),
  'placementFollowUps.ofStudent': method<PlacementFollowUp[]>()({ input: z.object({ studentId: id }), roles: READERS, write: false }),
  'placementFollowUps.record': method<PlacementFollowUp>()({ input: followUpFields, roles: EDITORS, write: true, affects: ['placementFollowUps', 'placements'] }),
};
