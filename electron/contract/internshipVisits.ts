import { z } from 'zod';
import { method } from './define';
import { id, isoDate, requiredText, text, versionField } from './fields';
import type { Role } from './roles';

/**
 * 巡查/走访: the school's supervisor visits an intern at the company (or calls, or meets online) during
 * the internship and notes how it goes. The internship's own evaluation stays the overall one at the end.
 */
export const VISIT_METHODS = ['onsite', 'phone', 'online'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

/** How the student was doing, as the visit judged it. */
export const VISIT_RATINGS = ['excellent', 'good', 'pass', 'fail'] as const;
export type VisitRating = (typeof VISIT_RATINGS)[number];

export const visitFields = z.object({
  internshipId: id,
  visitedOn: isoDate,
  /** the visiting teacher as written: often not a user of the app */
  visitor: requiredText(30),
  method: z.enum(VISIT_METHODS, 'required'),
  rating: z.enum(VISIT_RATINGS).nullable().default(null),
  findings: text(500),
});
export type VisitInput = z.output<typeof visitFields>;

export interface InternshipVisit extends VisitInput {
  id: number;
  /** who entered it */
  recordedByName: string | null;
  createdAt: string;
  version: number;
}

/** As for internships: counsellors their own students', the office anyone's; leaders read. */
const EDITORS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...EDITORS, 'viewer'];
const affects = ['internships'] as const;

export const internshipVisitsMethods = {
  /** the visits of all of a student's internships, newest first */
  'internships.visits': method<InternshipVisit[]>()({ input: z.object({ studentId: id }), roles: READERS, write: false }),
  'internships.addVisit': method<InternshipVisit>()({ input: visitFields, roles: EDITORS, write: true, affects }),
  /** a visit entered by mistake; the reason stays in the audit log */
  'internships.removeVisit': method<null>()({ input: z.object({ id, version: versionField, reason: requiredText(200) }), roles: EDITORS, write: true, affects }),
};
