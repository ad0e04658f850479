import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dateCell, idNumberCell, textCell, type ImportCell } from '../../electron/contract/importCells';
import { findHeaderRow, isDataRow } from '../../electron/contract/importHeaders';
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from '../../electron/contract/imports';
import { STUDENT_IMPORT_FIELDS } from '../../electron/contract/importStudents';
import { readBook, SHEET_MAX_ROWS, type Book, type ReadResult } from '../../renderer/imports/read/readBook';

// Every fixture is made here, the way Excel, WPS or a web system would have written it.

const ID = '45102220080315123x';
const HEADERS = ['序号', '姓名', '性别', '身份证号', '入学日期', '帮扶项目'];

/** A roster as offices keep them: a merged title, a date line, headers, two students, a blank row, a 合计 line. */
function rosterSheet(): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2019级帮扶生花名册'],
    ['填表日期：2019年9月1日'],
    HEADERS,
    [1, '黄小明', '男', ID, 43709, '广西百色'],
    [2, '李 梅 ', '女', '４５１０２２２００８０４０１２３４５', '2019/9/1', '广西百色'],
    [],
    ['合计', '2人'],
  ]);
  ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 5 } }];
  ws['E4'] = { t: 'n', v: 43709, z: 'yyyy/m/d' };
  return ws;
}

function workbook(sheets: Record<string, XLSX.WorkSheet>, date1904 = false): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of Object.entries(sheets)) XLSX.utils.book_append_sheet(wb, ws, name);
  if (date1904) wb.Workbook = { ...wb.Workbook, WBProps: { date1904: true } };
  return wb;
}

const write = (wb: XLSX.WorkBook, bookType: XLSX.BookType): Uint8Array => new Uint8Array(XLSX.write(wb, { type: 'array', bookType }) as ArrayBuffer);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function book(result: ReadResult): Book {
  if (!result.ok) throw new Error(`expected a book, got ${result.problem.code}`);
  return result.book;
}
const problem = (result: ReadResult) => (result.ok ? null : result.problem);

function expectRoster(rows: (ImportCell | undefined)[][]) {
  const header = findHeaderRow(STUDENT_IMPORT_FIELDS, rows);
  expect(header?.row).toBe(2);
  expect(header?.mapping).toMatchObject({ name: 1, gender: 2, idNumber: 3, enrolmentDate: 4, project: 5 });
  const data = rows.slice(3).filter(isDataRow);
  expect(data).toHaveLength(2);
  expect(rows).toHaveLength(7);
  expect(data.map((r) => textCell(r[1]))).toEqual([{ ok: true, value: '黄小明' }, { ok: true, value: '李 梅' }]);
  expect(data.map((r) => idNumberCell(r[3]))).toEqual([
    { ok: true, value: '45102220080315123X' },
    { ok: true, value: '451022200804012345' },
  ]);
  // The serial under a date format and the date typed as text are the same day.
  expect(data[0][4]).toMatchObject({ t: 'n', v: 43709 });
  expect(data.map((r) => dateCell(r[4]))).toEqual([
    { ok: true, value: '2019-09-01' },
    { ok: true, value: '2019-09-01' },
  ]);
}

describe('readBook: workbooks', () => {
  it('reads an xlsx roster under a merged title, and the header finder finds its header and records', () => {
    const hidden = XLSX.utils.aoa_to_sheet([['男'], ['女']]);
    const wb = workbook({ 花名册: rosterSheet(), 下拉: hidden });
    wb.Workbook = { ...wb.Workbook, Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    const result = book(readBook(write(wb, 'xlsx'), '2019级花名册.xlsx'));
    expect(result.date1904).toBe(false);
    expect(result.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['花名册', false],
      ['下拉', true],
    ]);
    const rows = result.sheets[0].rows;
    expectRoster(rows);
    // The merged title's value is in its top-left cell only; the rest of the range is no cell.
    expect(rows[0]).toEqual([{ t: 's', v: '2019级帮扶生花名册' }]);
    expect(rows[3][4]).toEqual({ t: 'n', v: 43709, w: '2019/9/1' });
    expect(rows[5]).toEqual([]);
  });

  it('reads an Excel 97–2003 .xls, and the same file named .et as WPS saves it', () => {
    const bytes = write(workbook({ 花名册: rosterSheet() }), 'biff8');
    expectRoster(book(readBook(bytes, '花名册.xls')).sheets[0].rows);
    expectRoster(book(readBook(bytes, '花名册.ET')).sheets[0].rows);
  });

  it('keeps a 身份证号 typed as a number a number, so idNumberCell can refuse it', () => {
    const ws = XLSX.utils.aoa_to_sheet([['姓名', '身份证号'], ['黄小明', 451022200803151230]]);
    const rows = book(readBook(write(workbook({ S: ws }), 'xlsx'), 'a.xlsx')).sheets[0].rows;
    expect(rows[1][1]).toMatchObject({ t: 'n' });
    expect(idNumberCell(rows[1][1])).toEqual({ ok: false, problem: { code: 'import_id_number_cell' } });
  });

  it('flags formula cells, and takes a formula that shows nothing as no cell', () => {
    const ws = XLSX.utils.aoa_to_sheet([['姓名', '年龄'], ['黄小明', 17], ['李梅', 18]]);
    // SheetJS writes an .xls formula only from its parsed form: B2+1 is ptgRef B2, ptgInt 1, ptgAdd.
    ws['B3'] = { t: 'n', v: 18, f: 'B2+1', bf: [0x09, 0x00, 0x24, 0x01, 0x00, 0x01, 0xc0, 0x1e, 0x01, 0x00, 0x03] } as XLSX.CellObject;
    ws['A5'] = { t: 's', v: '', f: 'IF(B5="","",B5)' };
    ws['!ref'] = 'A1:B5';
    for (const bookType of ['xlsx', 'biff8'] as const) {
      const rows = book(readBook(write(workbook({ S: ws }), bookType), bookType === 'xlsx' ? 'a.xlsx' : 'a.xls')).sheets[0].rows;
      expect(rows[2][1], bookType).toMatchObject({ t: 'n', v: 18, f: true });
      expect(textCell(rows[2][1])).toEqual({ ok: false, problem: { code: 'import_formula' } });
      expect(rows[1][1]?.f).toBeUndefined();
      expect(rows, bookType).toHaveLength(3);
    }
  });

  it('keeps a 1904-date workbook’s date system for dateCell', () => {
    const ws = XLSX.utils.aoa_to_sheet([['姓名', '入学日期'], ['黄小明', 0]]);
    ws['B2'] = { t: 'n', v: 42247, z: 'yyyy-mm-dd' };
    const result = book(readBook(write(workbook({ S: ws }, true), 'xlsx'), 'mac.xlsx'));
    expect(result.date1904).toBe(true);
    expect(dateCell(result.sheets[0].rows[1][1], { date1904: result.date1904 })).toEqual({ ok: true, value: '2019-09-01' });
  });

  it('reads .xlsm and .ods too', () => {
    const wb = workbook({ 花名册: rosterSheet() });
    for (const [bookType, name] of [['xlsm', 'a.xlsm'], ['ods', 'a.ods']] as const) {
      const rows = book(readBook(write(wb, bookType), name)).sheets[0].rows;
      expect(findHeaderRow(STUDENT_IMPORT_FIELDS, rows)?.row, bookType).toBe(2);
      expect(idNumberCell(rows[3][3])).toEqual({ ok: true, value: '45102220080315123X' });
    }
  });
});

describe('readBook: text files', () => {
  const csv = ['学号,姓名,身份证号,入学日期', `001,黄小明,${ID},2019/9/1`, '002,"李梅, 小",451022200804012345,2019-09-01', ''].join('\r\n');

  const expectCsv = (result: ReadResult, label: string) => {
    const rows = book(result).sheets[0].rows;
    expect(rows, label).toHaveLength(3);
    // Every field is text: the ID keeps its 18 digits and x, the 学号 its leading zeros.
    expect(rows[1], label).toEqual([
      { t: 's', v: '001' },
      { t: 's', v: '黄小明' },
      { t: 's', v: ID },
      { t: 's', v: '2019/9/1' },
    ]);
    expect(rows[2][1]).toEqual({ t: 's', v: '李梅, 小' });
    expect(idNumberCell(rows[1][2])).toEqual({ ok: true, value: '45102220080315123X' });
    expect(idNumberCell(rows[2][2])).toEqual({ ok: true, value: '451022200804012345' });
    expect(dateCell(rows[1][3])).toEqual({ ok: true, value: '2019-09-01' });
  };

  it('reads GBK, UTF-8 with a BOM and UTF-8 without one, telling them apart', () => {
    expectCsv(readBook(new Uint8Array(iconv.encode(csv, 'gbk')), '名单.csv'), 'gbk');
    expectCsv(readBook(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(csv)]), '名单.CSV'), 'utf-8 bom');
    expectCsv(readBook(utf8(csv), '名单.csv'), 'utf-8');
    expectCsv(readBook(new Uint8Array(iconv.encode(csv, 'utf16le', { addBOM: true })), '名单.txt'), 'utf-16');
  });

  it('reads what web systems export as .xls: tab-separated GBK text, or an HTML table', () => {
    const tsv = csv.replace(/"李梅, 小"/, '李梅, 小').replace(/,(?! 小)/g, '\t');
    expectCsv(readBook(new Uint8Array(iconv.encode(tsv, 'gbk')), '导出.xls'), 'tsv');
    const html = `<html><body><table>${csv
      .trim()
      .split('\r\n')
      .map((line) => `<tr>${line.replace('"李梅, 小"', '李梅， 小').split(',').map((v) => `<td>${v}</td>`).join('')}</tr>`)
      .join('')}</table></body></html>`;
    const rows = book(readBook(utf8(html), '导出.xls')).sheets[0].rows;
    expect(rows[1][2]).toEqual({ t: 's', v: ID });
    expect(rows[1][0]).toEqual({ t: 's', v: '001' });
  });
});

describe('readBook: what it refuses', () => {
  it('refuses a file over the size limit before reading it', () => {
    expect(problem(readBook(new Uint8Array(IMPORT_MAX_BYTES + 1), 'big.xlsx'))).toEqual({ code: 'import_file_too_large', params: { max: 20 } });
  });

  it('refuses random bytes, an empty file and other kinds of file', () => {
    // Deterministic noise (a linear congruential generator), starting like no known file type.
    let seed = 12345;
    const noise = new Uint8Array(4096).map(() => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24);
    noise[0] = 0x42;
    for (const name of ['a.xlsx', 'a.xls', 'a.csv', 'a.et'])
      expect(problem(readBook(noise, name)), name).toEqual({ code: 'import_not_spreadsheet' });
    expect(problem(readBook(new Uint8Array(0), 'a.xlsx'))).toEqual({ code: 'import_not_spreadsheet' });
    expect(problem(readBook(utf8('姓名,身份证号\n'), '名单.docx'))).toEqual({ code: 'import_not_spreadsheet' });
    expect(problem(readBook(utf8('姓名,身份证号\n'), '名单'))).toEqual({ code: 'import_not_spreadsheet' });
    // A truncated download: the zip's start and nothing after.
    const xlsx = write(workbook({ 花名册: rosterSheet() }), 'xlsx');
    expect(problem(readBook(xlsx.slice(0, 300), 'a.xlsx'))).toEqual({ code: 'import_not_spreadsheet' });
  });

  it('refuses a workbook, CSV or sheet with nothing in it', () => {
    expect(problem(readBook(write(workbook({ S: XLSX.utils.aoa_to_sheet([]) }), 'xlsx'), 'a.xlsx'))).toEqual({ code: 'import_empty' });
    const blanks = XLSX.utils.aoa_to_sheet([['  ', ''], [], ['\u3000'.trim()]]);
    expect(problem(readBook(write(workbook({ S: blanks, T: XLSX.utils.aoa_to_sheet([]) }), 'xlsx'), 'a.xlsx'))).toEqual({ code: 'import_empty' });
    expect(problem(readBook(utf8(',,\r\n,,\r\n'), 'a.csv'))).toEqual({ code: 'import_empty' });
  });

  it('refuses a sheet longer than an import takes, header and title included', () => {
    const lines = (n: number) => utf8(['姓名', ...Array.from({ length: n - 1 }, (_, i) => `学生${i}`)].join('\n'));
    expect(book(readBook(lines(SHEET_MAX_ROWS), 'a.csv')).sheets[0].rows).toHaveLength(SHEET_MAX_ROWS);
    expect(problem(readBook(lines(SHEET_MAX_ROWS + 1), 'a.csv'))).toEqual({ code: 'import_too_many_rows', params: { max: IMPORT_MAX_ROWS, sheet: 'Sheet1' } });
  });

  it('says a password-protected workbook needs its password removed', () => {
    // Excel 2007+ with an open password: not a zip but a compound file holding EncryptionInfo
    // (here agile encryption, what Excel and WPS write) and the EncryptedPackage.
    // The second header is one SheetJS cannot parse (it throws the tag, not a password error).
    for (const xml of [AGILE_XML, '<encryption><keyData saltSize="16"/></encryption>']) {
      const cfb = XLSX.CFB.utils.cfb_new();
      XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([0x04, 0x00, 0x04, 0x00, 0x40, 0x00, 0x00, 0x00, ...utf8(xml)]));
      XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
      const encrypted = new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
      expect(problem(readBook(encrypted, '花名册.xlsx')), xml.slice(0, 20)).toEqual({ code: 'import_password' });
    }

    // Excel 97–2003: a FilePass record straight after the workbook stream's BOF.
    expect(problem(readBook(withFilePass(write(workbook({ 花名册: rosterSheet() }), 'biff8')), '花名册.xls'))).toEqual({ code: 'import_password' });
  });
});

const AGILE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption" ' +
  'xmlns:p="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" ' +
  'cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/>' +
  '<keyEncryptors><keyEncryptor uri="http://schemas.microsoft.com/office/2006/keyEncryptor/password"><p:encryptedKey spinCount="100000" ' +
  'saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512" ' +
  'saltValue="AAAAAAAAAAAAAAAAAAAAAA=="/></keyEncryptor></keyEncryptors></encryption>';

/** An .xls as Excel saves it with an open password (XOR obfuscation, the simplest FilePass). */
function withFilePass(xls: Uint8Array): Uint8Array {
  const cfb = XLSX.CFB.read(xls, { type: 'array' });
  const entry = XLSX.CFB.find(cfb, '/Workbook');
  const stream = Uint8Array.from(entry.content as ArrayLike<number>);
  const bofLength = 4 + (stream[2] | (stream[3] << 8));
  const filePass = [0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56];
  entry.content = new Uint8Array([...stream.subarray(0, bofLength), ...filePass, ...stream.subarray(bofLength)]);
  entry.size = entry.content.length;
  return new Uint8Array(XLSX.CFB.write(cfb, { type: 'array' }) as ArrayLike<number>);
}
