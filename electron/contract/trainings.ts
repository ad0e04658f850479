import { z } from 'zod';
import { method } from './define';
import { id, isoDate, requiredText, text, versionField } from './fields';
import type { Role } from './roles';

/**
 * 短期培训: the short courses the programme runs in the partner regions, a light register of
 * counts (not people) from which the yearly 技能脱贫千校行动进展情况表 takes its 培训人数, by
 * project and in total, with 建档立卡 among them.
 */

/** The most people one course counts: more is a typing slip, not a course. */
export const TRAINING_PARTICIPANTS_MAX = 100_000;
/** A course is entered when it is planned at the earliest: not more than this many days ahead. */
export const TRAINING_DAYS_AHEAD = 366;

const participants = z
  .number('training_participants_range')
  .int('training_participants_range')
  .min(1, 'training_participants_range')
  .max(TRAINING_PARTICIPANTS_MAX, 'training_participants_range');

/** The dates' order, the 建档立卡 count against the whole and the project are checked on the backend, with the database and today at hand. */
export const trainingFields = z.object({
  course: requiredText(100),
  startDate: isoDate,
  endDate: isoDate,
  region: requiredText(100),
  /** null: counted in the school's total only */
  projectId: id.nullable(),
  participants,
  registeredParticipants: z.number('training_registered_range').int('training_registered_range').min(0, 'training_registered_range'),
  organiser: text(100),
  notes: text(500),
});
export type TrainingInput = z.output<typeof trainingFields>;

export interface Training extends TrainingInput {
  id: number;
  projectName: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** What the filter holds in all: courses, people trained and the 建档立卡 among them. */
export interface TrainingTotals {
  courses: number;
  participants: number;
  registeredParticipants: number;
}

export const trainingFilters = z.object({
  /** by the start date; null: every year */
  year: z.number().int().min(2000, 'year_range').max(2100, 'year_range').nullable().default(null),
  projectId: id.nullable().default(null),
});

/** The office keeps the register; leaders and finance read it for the reports; counsellors have no part. */
const EDITORS: readonly Role[] = ['admin', 'office'];
const READERS: readonly Role[] = [...EDITORS, 'viewer', 'finance'];
// The progress report counts the courses' participants.
const affects = ['trainings', 'reports'] as const;

export const trainingsMethods = {
  /** newest first, with the totals of the whole filter */
  'trainings.list': method<{ rows: Training[]; totals: TrainingTotals }>()({ input: trainingFilters, roles: READERS, write: false }),
  'trainings.create': method<Training>()({ input: trainingFields, roles: EDITORS, write: true, affects }),
  'trainings.update': method<Training>()({ input: trainingFields.extend({ id, version: versionField }), roles: EDITORS, write: true, affects }),
  /** a course entered by mistake; the whole record stays in the audit log */
  'trainings.delete': method<null>()({ input: z.object({ id, version: versionField }), roles: EDITORS, write: true, affects }),
};
