import { SORTABLE, STATUSES } from '../../../electron/contract/students';
import { param, readUrlState, useUrlState, type StateOf } from '../../lists/urlState';

export const PAGE_SIZE = 50;

export const ID_FILTERS = ['projectId', 'cohortId', 'majorId', 'classId', 'counsellorId'] as const;

/** The register's search, filters, sort and page as its URL holds them (the printed roster reads the same). */
const SCHEMA = {
  q: param.text(),
  projectId: param.id(),
  cohortId: param.id(),
  majorId: param.id(),
  classId: param.id(),
  counsellorId: param.id(),
  status: param.oneOf(STATUSES),
  sort: param.oneOfOr(SORTABLE, 'updatedAt'),
  dir: param.oneOfOr(['asc', 'desc'] as const, 'desc'),
  page: param.page(),
};

export type ListParams = StateOf<typeof SCHEMA> & { pageSize: number };
export type SortKey = ListParams['sort'];

export function readListParams(params: URLSearchParams): ListParams {
  return { ...readUrlState(SCHEMA, params), pageSize: PAGE_SIZE };
}

/** The search string of the list as last shown, so “back to the register” returns to the same filters. */
let lastListSearch = '';
export const listHref = () => `/students${lastListSearch}`;

export function useListParams() {
  const { current, update, reset, search } = useUrlState(SCHEMA);
  lastListSearch = search;
  return {
    current: { ...current, pageSize: PAGE_SIZE } as ListParams,
    update,
    /** Clears the search and the filters; the sort order stays. */
    reset: () => reset(['q', 'status', ...ID_FILTERS]),
  };
}
