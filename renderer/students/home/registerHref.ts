import type { ListParams } from '../list/listParams';

/** What a count on the home page counts: the register filters that find the same students. */
export type CountFilter = Partial<Pick<ListParams, 'projectId' | 'cohortId' | 'classId' | 'status'>>;

/** The register filtered to the students a count counts (the URL parameters the list reads). */
export function registerHref(filter: CountFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value !== null && value !== undefined) params.set(key, String(value));
  return params.size ? `/students?${params}` : '/students';
}
