import type { OverdueRow } from '../../../electron/contract/coverage';

export const OVERDUE_GROUPINGS = ['counsellor', 'className', 'project'] as const;
export type OverdueGrouping = (typeof OVERDUE_GROUPINGS)[number];

export interface OverdueGroup {
  key: string;
  /** null: students without a counsellor or class */
  name: string | null;
  rows: OverdueRow[];
  /** months missing, all the group's students together */
  months: number;
}

const KEYS: Record<OverdueGrouping, (r: OverdueRow) => { id: number | null; name: string | null }> = {
  counsellor: (r) => ({ id: r.counsellorId, name: r.counsellorName }),
  className: (r) => ({ id: r.classId, name: r.className }),
  project: (r) => ({ id: r.projectId, name: r.projectName }),
};

/**
 * The overdue students by counsellor, class or project: groups by name (unnamed last), and in each
 * the students missing most months first (ties in the backend's order: class, then pinyin).
 */
export function groupOverdue(rows: readonly OverdueRow[], by: OverdueGrouping, locale: string): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const row of rows) {
    const { id, name } = KEYS[by](row);
    const key = String(id ?? 'none');
    const group = groups.get(key) ?? { key, name, rows: [], months: 0 };
    groups.set(key, group);
    group.rows.push(row);
    group.months += row.missing.length;
  }
  for (const g of groups.values()) g.rows.sort((a, b) => b.missing.length - a.missing.length);
  return [...groups.values()].sort((a, b) => (a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, locale)));
}
