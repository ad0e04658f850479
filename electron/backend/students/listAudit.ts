import type { z } from 'zod';
import type { listInput } from '../../contract/students';

const FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId', 'status'] as const;

/**
 * The register filters of a bulk read (a printed roster, an export) as the audit log keeps them:
 * the filters set, and the search with digit runs (a 身份证号 or phone typed into it) down to their
 * last 4 digits, as the masks on screen show them.
 */
export function filtersForAudit(input: Pick<z.output<typeof listInput>, 'q' | (typeof FILTERS)[number]>): Record<string, unknown> {
  const q = input.q.replace(/\d{5,}[\dXx]?/g, (run) => '*'.repeat(run.length - 4) + run.slice(-4));
  return { ...(q ? { q } : {}), ...Object.fromEntries(FILTERS.filter((f) => input[f] !== null).map((f) => [f, input[f]])) };
}
