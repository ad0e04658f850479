import type { OutcomeFilters } from '../../electron/contract/outcomes';
import { ROSTER_COLUMNS } from '../../electron/contract/roster';
import { ID_FILTERS, readListParams, type ListParams } from '../students/list/listParams';

/**
 * The report routes. They live outside the app's frame (no navigation), and the desktop app's main
 * process prints exactly these (electron/backend/ipc/print-request.ts checks a path is one of them).
 */

/** What the roster may print: the columns the backend fills, and 备注, left blank to write on. */
export const PRINT_COLUMNS = [...ROSTER_COLUMNS, 'remarks'] as const;
export type PrintColumn = (typeof PRINT_COLUMNS)[number];

/** The register's selection: its search and filters (not its order or page). */
export type RosterSelection = Pick<ListParams, 'q' | 'status' | (typeof ID_FILTERS)[number]>;
const SELECTION_KEYS = ['q', 'status', ...ID_FILTERS] as const satisfies readonly (keyof RosterSelection)[];

export interface RosterParams {
  selection: RosterSelection;
  columns: PrintColumn[];
  wholeIds: boolean;
}

export const reportPaths = {
  roster(selection: Partial<RosterSelection>, columns: readonly PrintColumn[], wholeIds: boolean): string {
    const params = new URLSearchParams();
    for (const key of SELECTION_KEYS) {
      const value = selection[key];
      if (value !== null && value !== '' && value !== undefined) params.set(key, String(value));
    }
    params.set('columns', columns.join(','));
    if (wholeIds) params.set('wholeIds', '1');
    return `/print/roster?${params}`;
  },
  student: (id: number, wholeIds: boolean) => `/print/student/${id}${wholeIds ? '?wholeIds=1' : ''}`,
  checkinSummary: (month: string) => `/print/checkin-summary?month=${month}`,
  allowanceSheet: (batchId: number) => `/print/allowance-sheet/${batchId}`,
  allowanceSummary: (batchId: number) => `/print/allowance-summary/${batchId}`,
  allowanceNotice: (batchId: number) => `/print/allowance-notice/${batchId}`,
  outcomes: ({ by, year, projectId }: OutcomeFilters) => `/print/outcomes?by=${by}${year ? `&year=${year}` : ''}${projectId ? `&projectId=${projectId}` : ''}`,
  dossier: (who: DossierSubject) => ('classId' in who ? `/print/dossier?classId=${who.classId}` : `/print/dossier?ids=${who.ids.join(',')}`),
};

/** Whose 个人档案 to print: given students, or a class. */
export type DossierSubject = { ids: readonly number[] } | { classId: number };

/** The dossier's route read back: a class, or the ids listed (anything else dropped). */
export function readDossierParams(params: URLSearchParams): DossierSubject {
  const classId = Number(params.get('classId'));
  if (Number.isSafeInteger(classId) && classId > 0) return { classId };
  return { ids: (params.get('ids') ?? '').split(',').map(Number).filter((id) => Number.isSafeInteger(id) && id > 0) };
}

/** The roster's route read back; unknown columns are dropped, the order chosen is kept. */
export function readRosterParams(params: URLSearchParams): RosterParams {
  const { q, status, projectId, cohortId, majorId, classId, counsellorId } = readListParams(params);
  const asked = (params.get('columns') ?? '').split(',');
  return {
    selection: { q, status, projectId, cohortId, majorId, classId, counsellorId },
    columns: PRINT_COLUMNS.filter((c) => asked.includes(c)).sort((a, b) => asked.indexOf(a) - asked.indexOf(b)),
    wholeIds: params.get('wholeIds') === '1',
  };
}
