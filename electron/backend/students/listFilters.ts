import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, projects, users } from '../../../db/schema';
import type { Roster } from '../../contract/roster';
import type { listInput } from '../../contract/students';

const FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId', 'status'] as const;

/**
 * The register filters of a bulk read (a printed roster, an export) as the audit log keeps them:
 * the filters set, and the search with digit runs (a 身份证号 or phone typed into it) down to their
 * last 4 digits, as the masks on screen show them.
 */
type ListFilter = Pick<z.output<typeof listInput>, 'q' | (typeof FILTERS)[number]>;

export function filtersForAudit(input: ListFilter): Record<string, unknown> {
  const q = input.q.replace(/\d{5,}[\dXx]?/g, (run) => '*'.repeat(run.length - 4) + run.slice(-4));
  return { ...(q ? { q } : {}), ...Object.fromEntries(FILTERS.filter((f) => input[f] !== null).map((f) => [f, input[f]])) };
}

/** The names of the records the register filters name, for a printout's subtitle or an export's title. */
export function filterNames(db: Db, input: ListFilter): Roster['filterNames'] {
  const nameOf = (table: typeof projects | typeof cohorts | typeof majors | typeof classes, id: number | null) =>
    id === null ? null : (db.select({ name: table.name }).from(table).where(eq(table.id, id)).get()?.name ?? null);
  return {
    project: nameOf(projects, input.projectId),
    cohort: nameOf(cohorts, input.cohortId),
    major: nameOf(majors, input.majorId),
    class: nameOf(classes, input.classId),
    counsellor:
      input.counsellorId === null ? null : (db.select({ name: users.displayName }).from(users).where(eq(users.id, input.counsellorId)).get()?.name ?? null),
  };
}
