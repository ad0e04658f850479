import * as XLSX from 'xlsx';
import { displayWidth, neutralise } from './cells';

/**
 * Report-shaped sheets (a statistics table with its headings, not a list of records): cells laid
 * out by hand, merged headings, numbers as numbers. Lists go through workbook.ts instead.
 */
export type Cell = XLSX.CellObject | undefined;

export const text = (v: string): Cell => ({ t: 's', v: neutralise(v) });
export const count = (v: number): Cell => ({ t: 'n', v });
export const yuan = (fen: number): Cell => ({ t: 'n', v: fen / 100, z: '#,##0.00' });
/** n over d as a percentage with one decimal, — over none (as the pages show it). */
export const ratio = (n: number, d: number): Cell => (d === 0 ? text('—') : { t: 'n', v: n / d, z: '0.0%' });

export interface Grid {
  cells: Cell[][];
  merges: XLSX.Range[];
}

/** A sheet of these rows, its columns as wide as their widest value (a long text in a merged row left out). */
export function gridSheet({ cells, merges }: Grid, fixedWidths: Partial<Record<number, number>> = {}): XLSX.WorkSheet {
  const columns = Math.max(...cells.map((r) => r.length));
  const merged = (r: number, c: number) => merges.some((m) => m.s.r === r && m.s.c === c && m.e.c > m.s.c);
  const widths = Array.from({ length: columns }, (_, c) => fixedWidths[c] ?? Math.max(4, ...cells.map((row, r) => (merged(r, c) ? 0 : displayWidth(row[c])))) + 2);
  return {
    // An empty cell is left out, as SheetJS's dense sheets leave holes.
    '!data': cells as XLSX.CellObject[][],
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: cells.length - 1, c: columns - 1 } }),
    '!merges': merges,
    '!cols': widths.map((wch) => ({ wch })),
  };
}
