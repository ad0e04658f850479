import * as XLSX from 'xlsx';
import { cellOf, displayWidth, neutralise, type CellType, type CellValue } from './cells';
import { frozenAndCompressed } from './zip';

export interface ExportColumn<R> {
  /** in the user's language */
  header: string;
  type: CellType;
  value: (row: R, index: number) => CellValue;
  /** the widest the column is made, in characters; a longer value is whole in its cell */
  maxWidth?: number;
}

export interface ExportSheet<R> {
  sheetName: string;
  /** the line above the headers: what was exported, with which filters, by whom and when */
  title: string;
  columns: readonly ExportColumn<R>[];
  rows: readonly R[];
}

/** title and headers, kept in view */
const TOP_ROWS = 2;
const MAX_WIDTH = 40;
/** what the header's filter button covers */
const FILTER_BUTTON = 2;

/**
 * One sheet as an .xlsx: the title row across all columns, the header row with filter buttons,
 * one row per record with typed cells, widths fitted to the content, title and headers frozen.
 */
export function buildXlsx<R>({ sheetName, title, columns, rows }: ExportSheet<R>): Buffer {
  const head = columns.map((c): XLSX.CellObject => ({ t: 's', v: neutralise(c.header) }));
  const widths = head.map((h) => displayWidth(h) + FILTER_BUTTON);
  const data: XLSX.CellObject[][] = [[{ t: 's', v: neutralise(title) }], head];
  rows.forEach((row, i) => {
    const line: XLSX.CellObject[] = new Array(columns.length);
    for (let j = 0; j < columns.length; j++) {
      const cell = cellOf(columns[j].type, columns[j].value(row, i));
      if (!cell) continue;
      line[j] = cell;
      const width = displayWidth(cell);
      if (width > widths[j]) widths[j] = width;
    }
    data.push(line);
  });

  const end = { r: data.length - 1, c: columns.length - 1 };
  const sheet: XLSX.WorkSheet = {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: end }),
    '!merges': [{ s: { r: 0, c: 0 }, e: { r: 0, c: end.c } }],
    '!cols': widths.map((w, j) => ({ wch: Math.min(w + 1, columns[j].maxWidth ?? MAX_WIDTH) })),
    '!autofilter': { ref: XLSX.utils.encode_range({ s: { r: 1, c: 0 }, e: end }) },
  };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, sheetName);
  // Strings written in their cells (SheetJS's default, which Excel, WPS and LibreOffice read) rather
  // than in a shared-string table: that table's bookkeeping is a fifth of a 20,000-row export.
  const plain = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
  return frozenAndCompressed(plain, TOP_ROWS);
}
