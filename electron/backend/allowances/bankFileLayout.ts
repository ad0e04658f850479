import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { bankFileLines, SEPARATOR_CHARS, type BankColumn, type BankTemplate } from '../../contract/allowanceBankFiles';
import { displayWidth, neutralise } from '../export/cells';
import { AppError } from '../rpc/errors';

/** One payment of the file: each column's value as the bank reads it. */
export interface Payment {
  name: string;
  values: Record<BankColumn, string>;
}

/**
 * A plain sheet, as bank upload tools read it: header, payments, total, from the first cell, no
 * title row or merged cells. Every cell is text ('@'): an account or 身份证号 as a number loses its
 * digits after the 15th, and an amount as text keeps its two decimals exactly as written.
 */
function xlsxFile(rows: string[][]): Buffer {
  const width = rows[0]?.length ?? 0;
  const widths = new Array<number>(width).fill(4);
  const data = rows.map((row) => {
    // an empty value is no cell at all (the total row's), as Excel leaves it
    const cells: XLSX.CellObject[] = new Array(row.length);
    row.forEach((value, j) => {
      if (value === '') return;
      cells[j] = { t: 's', v: neutralise(value), z: '@' };
      widths[j] = Math.max(widths[j], displayWidth(cells[j]));
    });
    return cells;
  });
  const sheet: XLSX.WorkSheet = {
    '!data': data,
    '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: Math.max(width - 1, 0) } }),
    '!cols': widths.map((w) => ({ wch: w + 2 })),
  };
  const book = XLSX.utils.book_new();
  // Some banks' import tools look for the first sheet by Excel's default name.
  XLSX.utils.book_append_sheet(book, sheet, 'Sheet1');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** The first value that the text file cannot hold as it is, refused naming the student and the column. */
function refuseUnwritable(
  template: BankTemplate,
  payments: readonly Payment[],
  writable: (value: string) => string | null,
  key: 'bank_file_separator' | 'bank_file_encoding',
): void {
  for (const p of payments) {
    for (const column of template.columns) {
      const bad = writable(p.values[column]);
      if (bad !== null) {
        throw AppError.field('templateId', key, {
          name: p.name,
          column: { label: 'bankColumn', code: column },
          separator: { label: 'bankSeparator', code: template.separator ?? 'comma' },
          chars: bad,
        });
      }
    }
  }
}

/** Characters GBK has no code for (a rare name character), which iconv would write as '?'. */
const outsideGbk = (value: string): string => [...value].filter((ch) => iconv.decode(iconv.encode(ch, 'gbk'), 'gbk') !== ch).join('');

/**
 * Separated values without quoting (bank text formats have none), CRLF after every line, in the
 * template's encoding. A value holding the separator or a line break, or a character the encoding
 * lacks, would make the bank pay the wrong account or name: refused, nothing written.
 */
function textFile(template: BankTemplate, payments: readonly Payment[], rows: string[][]): Buffer {
  const separator = SEPARATOR_CHARS[template.separator ?? 'comma'];
  refuseUnwritable(template, payments, (v) => (v.includes(separator) || /[\r\n]/.test(v) ? v : null), 'bank_file_separator');
  const text = rows.map((row) => `${row.join(separator)}\r\n`).join('');
  if (template.encoding === 'utf8') return Buffer.from(text, 'utf8');
  const gbk = iconv.encode(text, 'gbk');
  if (iconv.decode(gbk, 'gbk') !== text) refuseUnwritable(template, payments, (v) => outsideGbk(v) || null, 'bank_file_encoding');
  return gbk;
}

const MIME = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', gbk: 'text/plain;charset=gbk', utf8: 'text/plain;charset=utf-8' };

/** The file's bytes, its extension and what the browser is told it is. */
export function bankFileBytes(template: BankTemplate, payments: readonly Payment[], totalFen: number): { bytes: Buffer; extension: string; mimeType: string } {
  const rows = bankFileLines(template, payments.map((p) => p.values), totalFen);
  if (template.format === 'xlsx') return { bytes: xlsxFile(rows), extension: 'xlsx', mimeType: MIME.xlsx };
  return { bytes: textFile(template, payments, rows), extension: 'txt', mimeType: MIME[template.encoding] };
}
