import type { ImportCell } from '../../../electron/contract/importCells';
import { headerKey, type ImportMapping } from '../../../electron/contract/importHeaders';
import { shownText } from './columns';

/**
 * The column mapping a user fixed by hand, remembered per set of headers: an office imports the
 * same workbook layout (its own roster, another school's list) again and again, and should not
 * map 所在学校班级 → 班级 every time. Kept by header, not by column, so moved columns still match.
 */

type Row = readonly (ImportCell | undefined)[];
type Store = Pick<Storage, 'getItem' | 'setItem'>;

const STORAGE_KEY = 'bangfu.imports.mappings';
/** Enough for every layout an office meets; the oldest go first. */
const KEEP = 30;

interface Remembered {
  kind: string;
  signature: string;
  /** field → the header key of its column */
  fields: Record<string, string>;
}

/** The set of headers, whatever their order: sorted header keys. */
export function headerSignature(header: Row): string {
  return [...new Set(header.map((cell) => headerKey(shownText(cell))).filter((k) => k !== ''))].sort().join('|');
}

function load(store: Store): Remembered[] {
  try {
    const parsed: unknown = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? (parsed as Remembered[]).filter((r) => r && typeof r.signature === 'string' && r.fields && typeof r.fields === 'object') : [];
  } catch {
    return [];
  }
}

function save(store: Store, list: Remembered[]): void {
  try {
    store.setItem(STORAGE_KEY, JSON.stringify(list.slice(-KEEP)));
  } catch {
    // A full or disabled storage only costs the user mapping by hand next time.
  }
}

/** The mapping last used for these headers, as columns of this header row; null when none was kept. */
export function recallMapping<K extends string>(store: Store, kind: string, header: Row): ImportMapping<K> | null {
  const signature = headerSignature(header);
  const kept = load(store).find((r) => r.kind === kind && r.signature === signature);
  if (!kept) return null;
  const keys = header.map((cell) => headerKey(shownText(cell)));
  const mapping: ImportMapping<K> = {};
  for (const [field, key] of Object.entries(kept.fields)) {
    const column = keys.indexOf(key);
    if (column >= 0) mapping[field as K] = column;
  }
  return mapping;
}

/**
 * Keeps the mapping used for these headers when it is not what detection finds by itself; when it
 * is, forgets any kept one (nothing to say “applied” about). Columns without a header cannot be
 * found again and are not kept.
 */
export function rememberMapping<K extends string>(store: Store, kind: string, header: Row, mapping: ImportMapping<K>, detected: ImportMapping<K>): void {
  const signature = headerSignature(header);
  const others = load(store).filter((r) => !(r.kind === kind && r.signature === signature));
  if (sameMapping(mapping, detected)) {
    save(store, others);
    return;
  }
  const fields: Record<string, string> = {};
  for (const [field, column] of Object.entries(mapping) as [K, number | undefined][]) {
    const key = column === undefined ? '' : headerKey(shownText(header[column]));
    if (key !== '') fields[field] = key;
  }
  save(store, [...others, { kind, signature, fields }]);
}

export function sameMapping<K extends string>(a: ImportMapping<K>, b: ImportMapping<K>): boolean {
  const entries = (m: ImportMapping<K>) =>
    (Object.entries(m) as [string, number | undefined][]).filter(([, c]) => c !== undefined).sort(([x], [y]) => x.localeCompare(y));
  return JSON.stringify(entries(a)) === JSON.stringify(entries(b));
}
