import { z } from 'zod';
import { method } from './define';
import { id, isoDate, requiredText, versionField } from './fields';
import { STATUS_READS } from './org';
import { REGISTER_EDITORS } from './roles';
import { listInput, STATUS_EVENTS, TRANSITIONS, type StatusEvent, type StudentStatus } from './students';

/** The most students one bulk change takes: a whole year of the programme, with room to spare. */
export const BULK_MAX = 5000;

/** The register's filter, as the list sends it (search and filters; no order or page). */
export const bulkFilter = listInput.pick({ q: true, projectId: true, cohortId: true, majorId: true, classId: true, counsellorId: true, status: true });

/** The students ticked in the list, or every student the list's filter finds. */
export const bulkSelection = z.union([
  z.object({ ids: z.array(id).min(1, 'required').max(BULK_MAX) }).strict(),
  z.object({ filter: bulkFilter }).strict(),
]);
export type BulkSelection = z.input<typeof bulkSelection>;

/** Where an event leads, the same from every status that allows it (退学 from 在读 or 休学: 退学/流失). */
export function statusAfter(event: Exclude<StatusEvent, 'enrol'>): StudentStatus {
  return Object.values(TRANSITIONS).find((steps) => steps[event])![event]!;
}

export const BULK_KINDS = ['assignCounsellor', 'moveClass', 'status'] as const;
export type BulkKind = (typeof BULK_KINDS)[number];

/** One change for every selected student, with the same values the single-student forms take. */
export const bulkAction = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('assignCounsellor'), counsellorId: z.number('required').int().positive() }),
  z.object({ kind: z.literal('moveClass'), classId: z.number('required').int().positive() }),
  z.object({ kind: z.literal('status'), event: z.enum(STATUS_EVENTS, 'required').exclude(['enrol']), date: isoDate, reason: requiredText(500) }),
]);
export type BulkAction = z.input<typeof bulkAction>;

const bulkInput = z.object({ selection: bulkSelection, action: bulkAction });

/** A student as the preview lists them. */
export interface BulkStudent {
  id: number;
  name: string;
  className: string | null;
}

/** A student the change applies to: what they have now and what they will have, in the caller's language. */
export interface BulkChange extends BulkStudent {
  version: number;
  from: string | null;
  to: string | null;
}

/** A student the change cannot apply to, and why (in the caller's language). */
export interface BulkRefusal extends BulkStudent {
  reason: string;
}

export interface BulkPreview {
  willChange: BulkChange[];
  cannotChange: BulkRefusal[];
}

export const bulkMethods = {
  /** Who a bulk change would change and who it cannot, and why; nothing is written. */
  'students.bulkPreview': method<BulkPreview>()({ input: bulkInput, roles: REGISTER_EDITORS, write: false }),
  /**
   * The change, in one transaction and one audit entry, for exactly the students the preview said
   * would change (`expected`, with the versions it read): if any of them, or any other selected
   * student, changed since, nothing is written and the caller is asked to preview again.
   */
  'students.bulkApply': method<{ changed: number }>()({
    input: bulkInput.extend({ expected: z.array(z.object({ id, version: versionField })).min(1, 'required').max(BULK_MAX) }),
    roles: REGISTER_EDITORS,
    write: true,
    affects: STATUS_READS,
  }),
};
