import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { SORTABLE, STATUSES, type StudentListInput } from '../../../electron/contract/students';

export const PAGE_SIZE = 50;

export const ID_FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId'] as const;
type IdFilter = (typeof ID_FILTERS)[number];

export type ListParams = Required<Omit<StudentListInput, IdFilter>> & Record<IdFilter, number | null>;
export type SortKey = ListParams['sort'];

function positiveInt(raw: string | null): number | null {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : null;
}

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((v) => v === raw) ?? null;
}

/** The list's search, filters, sort and page as its URL holds them (the printed roster reads the same). */
export function readListParams(params: URLSearchParams): ListParams {
  return {
    q: params.get('q') ?? '',
    projectId: positiveInt(params.get('projectId')),
    cohortId: positiveInt(params.get('cohortId')),
    majorId: positiveInt(params.get('majorId')),
    classId: positiveInt(params.get('classId')),
    counsellorId: positiveInt(params.get('counsellorId')),
    status: oneOf(STATUSES, params.get('status')),
    sort: oneOf(SORTABLE, params.get('sort')) ?? 'updatedAt',
    dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
    page: positiveInt(params.get('page')) ?? 1,
    pageSize: PAGE_SIZE,
  };
}

/** The search string of the list as last shown, so “back to the register” returns to the same filters. */
let lastListSearch = '';
export const listHref = () => `/students${lastListSearch}`;

/**
 * The list's search, filters, sort and page live in the URL, so going back from a student
 * returns to the same list. Changing anything but the page goes back to page 1.
 */
export function useListParams() {
  const [params, setParams] = useSearchParams();
  lastListSearch = params.size ? `?${params}` : '';
  const current = readListParams(params);
  // The router renders a new URL in a transition; a second change before that render (a quick
  // click after picking a filter) must build on the first, not on the URL last rendered.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (pending.current?.toString() === params.toString()) pending.current = null;
  }, [params]);
  const update = (changes: Partial<ListParams>) => {
    const next = new URLSearchParams(pending.current ?? params);
    if (!('page' in changes)) next.delete('page');
    for (const [key, value] of Object.entries(changes)) {
      if (value === null || value === '' || (key === 'page' && value === 1)) next.delete(key);
      else next.set(key, String(value));
    }
    pending.current = next;
    setParams(next, { replace: true });
  };
  /** Clears the search and the filters; the sort order stays. */
  const reset = () => update({ q: '', status: null, ...Object.fromEntries(ID_FILTERS.map((key) => [key, null])) });
  return { current, update, reset };
}
