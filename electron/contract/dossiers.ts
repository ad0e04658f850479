import { z } from 'zod';
import type { LedgerYear } from './allowanceLedger';
import type { Checkin } from './checkins';
import { method } from './define';
import { id, optionalId } from './fields';
import type { Internship } from './internships';
import type { InternshipVisit } from './internshipVisits';
import type { PlacementFollowUp } from './placementFollowUps';
import type { Placement } from './placements';
import type { Role } from './roles';
import type { StatusEventRow, Student } from './students';

/** The most students one print holds: a class (the largest are about 50). */
export const DOSSIER_MAX = 60;

/** A check-in as the dossier's summary shows it: when, how, how at risk, and what help was given. */
export type DossierCheckin = Pick<Checkin, 'month' | 'method' | 'risk' | 'help'>;

/** One follow-up point of the placement (3, 6, 12 months by default): when it falls due, and what was found if it was done. */
export interface DossierFollowUp {
  point: number;
  /** null while the placement has no start date */
  dueOn: string | null;
  done: PlacementFollowUp | null;
}

/** Everything one student's 个人档案 prints. */
export interface Dossier {
  /** 身份证号 and bank account masked, whatever the caller's role: a dossier is handed round */
  student: Student;
  /** the status changes in effect (withdrawn ones left out), oldest first */
  history: StatusEventRow[];
  /** oldest first */
  checkins: DossierCheckin[];
  /** months the student was in school, before this one, with no check-in */
  missedMonths: string[];
  /** by academic year, newest first, then by policy; null for roles that see no money (counsellors) */
  allowances: LedgerYear[] | null;
  /** newest first */
  internships: Internship[];
  /** the school supervisors' visits to them, newest first */
  visits: InternshipVisit[];
  placement: Placement | null;
  followUps: DossierFollowUp[];
}

export interface Dossiers {
  /** the class printed, when a class was asked for */
  className: string | null;
  /** in the order asked for; a class by pinyin */
  dossiers: Dossier[];
}

export const dossierInput = z
  .object({
    // Bounded loosely here; the handler says how many are too many, and how many were asked for.
    studentIds: z
      .array(id)
      .max(1000)
      .default([])
      .transform((ids) => [...new Set(ids)]),
    classId: optionalId.default(null),
  })
  .refine((i) => i.studentIds.length > 0 || i.classId !== null, { message: 'required', path: ['studentIds'] })
  .refine((i) => i.studentIds.length === 0 || i.classId === null, { message: 'invalid_value', path: ['classId'] });

/**
 * Who reads every section: check-ins and 实习就业 are not finance's, so finance has none; counsellors
 * read their own students', without the allowances (they see no money).
 */
const READERS: readonly Role[] = ['admin', 'office', 'counsellor', 'viewer'];

export const dossiersMethods = {
  /** Given students, or a class's (those the caller reaches). Audited as a print: it hands out personal data in bulk. */
  'dossiers.get': method<Dossiers>()({ input: dossierInput, roles: READERS, write: false }),
};
