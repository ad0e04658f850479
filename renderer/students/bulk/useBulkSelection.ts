import { useEffect, useState } from 'react';
import type { BulkSelection } from '../../../electron/contract/bulk';
import type { ListParams } from '../list/listParams';

/** The list's search and filters: what "every student matching the filter" means. */
function filterOf({ q, projectId, cohortId, majorId, classId, counsellorId, status }: ListParams) {
  return { q, projectId, cohortId, majorId, classId, counsellorId, status };
}

/**
 * The students ticked in the register, kept across pages and sorting, or every student the current
 * filter finds. Another search or filter starts afresh: a selection made under one filter would
 * otherwise act on students the list no longer shows.
 */
export function useBulkSelection(current: ListParams, total: number) {
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  const [allMatching, setAllMatching] = useState(false);
  const filter = filterOf(current);
  const filterKey = JSON.stringify(filter);
  const clear = () => {
    setIds(new Set());
    setAllMatching(false);
  };
  useEffect(clear, [filterKey]);

  const isSelected = (id: number) => allMatching || ids.has(id);
  /** Ticks or unticks rows; unticking one of "all matching" keeps the rest of this page ticked. */
  const set = (rowIds: number[], on: boolean, page: number[] = rowIds) => {
    const next = new Set(allMatching ? page : ids);
    for (const id of rowIds) if (on) next.add(id);
    else next.delete(id);
    setAllMatching(false);
    setIds(next);
  };
  return {
    count: allMatching ? total : ids.size,
    allMatching,
    isSelected,
    set,
    selectAllMatching: () => setAllMatching(true),
    clear,
    /** What the backend is asked to act on. */
    selection: (): BulkSelection => (allMatching ? { filter } : { ids: [...ids] }),
  };
}

export type BulkSelectionState = ReturnType<typeof useBulkSelection>;
