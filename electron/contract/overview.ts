import { z } from 'zod';
import { method } from './define';
import type { StudentStatus } from './students';

/** How many students are in each status (every status present, 0 when none). */
export type StatusCounts = Record<StudentStatus, number>;

export interface CohortOverview {
  id: number;
  name: string;
  intakeYear: number;
  counts: StatusCounts;
}

export interface ProjectOverview {
  id: number;
  name: string;
  /** the project's cohorts by intake year, each with its own counts */
  cohorts: CohortOverview[];
  counts: StatusCounts;
}

export interface StudentsOverview {
  /** by name, as the settings list them; a project or cohort without students is there with zeros */
  projects: ProjectOverview[];
  counts: StatusCounts;
}

/** A counsellor's class: the newest cohorts first, then by name; those not in a class last. */
export interface ClassOverview {
  /** null: the caller's students not yet placed in a class */
  id: number | null;
  name: string | null;
  projectName: string | null;
  cohortId: number | null;
  cohortName: string | null;
  majorName: string | null;
  headTeacherId: number | null;
  headTeacherName: string | null;
  counts: StatusCounts;
}

/**
 * What the home page shows of the register. The whole register by project and cohort is for those
 * who oversee it; a counsellor gets their own classes instead (only their own students counted,
 * plus the classes they head that have none of them yet). Finance reads neither: its home is
 * the allowances it pays.
 */
export const overviewMethods = {
  'students.overview': method<StudentsOverview>()({ input: z.object({}), roles: ['admin', 'office', 'viewer'], write: false }),
  'students.myClasses': method<ClassOverview[]>()({ input: z.object({}), roles: ['counsellor'], write: false }),
};
