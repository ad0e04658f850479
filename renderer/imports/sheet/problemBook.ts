import type * as XLSXModule from 'xlsx';
import type { ImportCell } from '../../../electron/contract/importCells';
import type { ImportProblem } from '../../../electron/contract/importRows';

/**
 * 下载问题行: the refused records as the file had them (its header row, every column, as read) with
 * a last column saying what is wrong, so the office fixes them there and imports that file. The
 * page loads SheetJS when asked and hands it in; the tests hand in their own.
 */

type Row = readonly (ImportCell | undefined)[];

export interface ProblemRow<F extends string = string> {
  line: number;
  problems: readonly ImportProblem<F>[];
}

export interface ProblemBookTexts<F extends string = string> {
  /** the added column's header */
  column: string;
  /** one problem as a sentence naming its column */
  describe(problem: ImportProblem<F>): string;
  /** between problems in the cell */
  joiner: string;
  sheetName: string;
}

/** A date the sheet showed as a date: written back as one, not as its serial number. */
const DATE_SHOWN = /^\d{4}[-/.年]\d{1,2}|^\d{1,2}[-/]\d{1,2}[-/]\d{2,4}$/;

/** The cell as SheetJS writes it: text stays text (身份证号), a date keeps a date format. */
function outCell(cell: ImportCell | undefined): XLSXModule.CellObject | undefined {
  if (!cell) return undefined;
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (cell.w !== undefined && DATE_SHOWN.test(cell.w)) return { t: 'n', v: cell.v, z: 'yyyy-mm-dd' };
    // A number shown padded (学号 000123 by a custom format) keeps what the office saw.
    if (cell.w !== undefined && /^0\d+$/.test(cell.w)) return { t: 's', v: cell.w };
    return { t: 'n', v: cell.v };
  }
  if (cell.t === 'b' && typeof cell.v === 'boolean') return { t: 'b', v: cell.v };
  return { t: 's', v: cell.t === 's' ? String(cell.v) : (cell.w ?? String(cell.v)) };
}

/** The rows of the problem sheet, header first, each record as its cells and then its problems. */
export function problemTable<F extends string>(rows: readonly Row[], headerRow: number, refused: readonly ProblemRow<F>[], texts: ProblemBookTexts<F>): (XLSXModule.CellObject | undefined)[][] {
  const header = rows[headerRow] ?? [];
  const records = refused.map((r) => ({ cells: rows[r.line - 1] ?? [], problems: r.problems }));
  const width = Math.max(header.length, ...records.map((r) => r.cells.length));
  const line = (cells: Row, last: string) => [...Array.from({ length: width }, (_, c) => outCell(cells[c])), { t: 's', v: last } as XLSXModule.CellObject];
  return [line(header, texts.column), ...records.map((r) => line(r.cells, r.problems.map(texts.describe).join(texts.joiner)))];
}

/** In Excel's character widths: a Chinese character takes two. */
const textWidth = (text: string): number => [...text].reduce((sum, ch) => sum + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);

/** The workbook as base64, the way saveFile takes an exported file. */
export function problemBook<F extends string>(xlsx: typeof XLSXModule, rows: readonly Row[], headerRow: number, refused: readonly ProblemRow<F>[], texts: ProblemBookTexts<F>): string {
  const table = problemTable(rows, headerRow, refused, texts);
  const sheet: XLSXModule.WorkSheet = {};
  table.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (cell) sheet[xlsx.utils.encode_cell({ r, c })] = cell;
    }),
  );
  const width = table[0].length;
  sheet['!ref'] = xlsx.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: table.length - 1, c: width - 1 } });
  // Wide enough to read a 身份证号 and the reasons without widening columns first.
  const wide = (c: number) => Math.max(...table.map((cells) => textWidth(String(cells[c]?.v ?? ''))));
  sheet['!cols'] = table[0].map((_, c) => ({ wch: Math.max(8, Math.min(c === width - 1 ? 100 : 30, wide(c) + 2)) }));
  const book = xlsx.utils.book_new();
  xlsx.utils.book_append_sheet(book, sheet, texts.sheetName.slice(0, 31));
  return xlsx.write(book, { type: 'base64', bookType: 'xlsx' }) as string;
}
