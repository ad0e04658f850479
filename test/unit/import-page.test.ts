import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import type { ImportCell } from '../../electron/contract/importCells';
import { findHeaderRow, mappingOf } from '../../electron/contract/importHeaders';
import { STUDENT_IMPORT_FIELDS } from '../../electron/contract/importStudents';
import { readBook, type Book } from '../../renderer/imports/read/readBook';
import { columnLetter, fieldHeaders, headerCandidates, offeredSheets, sheetColumns, sheetRecords } from '../../renderer/imports/sheet/columns';
import { headerSignature, recallMapping, rememberMapping } from '../../renderer/imports/sheet/mappingMemory';
import { problemBook, problemTable, type ProblemBookTexts } from '../../renderer/imports/sheet/problemBook';

// The import page's own steps between a read workbook and what it sends: columns, records, the
// remembered mapping and the workbook of refused rows. The workbook is written here as an office's would be.

const ID = '45102220080315123X';
const ID2 = '451022200804012345';

/** A roster with a title, a header naming one column in words detection does not know, a blank line and a 合计 line. */
function roster(): Book {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2019级帮扶生花名册'],
    ['序号', '姓名', '性 别', '身份证号码', '所在学校班级', '入学日期', '备注'],
    [1, '黄小明', '男', ID, '汽修1班', 43709],
    [2, '李梅', '女', ID2, '汽修1班', '2019/9/1'],
    [3],
    [],
    ['合计', '2人'],
  ]);
  ws['F3'] = { t: 'n', v: 43709, z: 'yyyy/m/d' };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['男', '女']]), '选项');
  wb.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
  const result = readBook(new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer), '名单.xlsx');
  if (!result.ok) throw new Error(result.problem.code);
  return result.book;
}

/** localStorage as the page has it. */
function memoryStore(): Pick<Storage, 'getItem' | 'setItem'> & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('a sheet as the import page shows and sends it', () => {
  const book = roster();
  const rows = book.sheets[0].rows;
  const header = findHeaderRow(STUDENT_IMPORT_FIELDS, rows)!;

  it('offers the visible sheets with data, the hidden lists only when asked', () => {
    expect(offeredSheets(book.sheets)).toEqual([0]);
    expect(offeredSheets(book.sheets, true)).toEqual([0, 1]);
  });

  it('lists the rows a header may be in, and the columns under it with their first values', () => {
    expect(header.row).toBe(1);
    expect(headerCandidates(rows).map((c) => c.row)).toEqual([0, 1, 2, 3, 4, 6]);
    expect(headerCandidates(rows)[0].texts).toEqual(['2019级帮扶生花名册']);
    const columns = sheetColumns(rows, header.row);
    expect(columns.map((c) => c.header)).toEqual(['序号', '姓名', '性 别', '身份证号码', '所在学校班级', '入学日期', '备注']);
    expect(columns[5]).toEqual({ index: 5, letter: 'F', header: '入学日期', samples: ['2019/9/1', '2019/9/1'] });
    expect(columns[4].samples).toEqual(['汽修1班', '汽修1班']);
    // The 合计 line is not a record, so its “2人” is no sample.
    expect(columns[1].samples).toEqual(['黄小明', '李梅']);
    expect([0, 25, 26, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });

  it('sends each record’s mapped cells with its Excel row, leaving out blank, numbered-only and 合计 rows', () => {
    const mapping = { ...header.mapping, className: 4 };
    expect(header.mapping).toEqual({ name: 1, gender: 2, idNumber: 3, enrolmentDate: 5, notes: 6 });
    const records = sheetRecords(rows, header.row, mapping);
    expect(records.map((r) => r.line)).toEqual([3, 4]);
    expect(records[0].cells).toEqual({
      name: { t: 's', v: '黄小明' },
      gender: { t: 's', v: '男' },
      idNumber: { t: 's', v: ID },
      className: { t: 's', v: '汽修1班' },
      enrolmentDate: { t: 'n', v: 43709, w: '2019/9/1' },
    });
    expect(fieldHeaders(rows, header.row, { ...mapping, notes: 9 }, (l) => `${l}列`)).toEqual({
      name: '姓名',
      gender: '性 别',
      idNumber: '身份证号码',
      className: '所在学校班级',
      enrolmentDate: '入学日期',
      notes: 'J列',
    });
  });
});

describe('the mapping remembered for a set of headers', () => {
  const header: ImportCell[] = ['姓名', '身份证号码', '所在学校班级', '手机'].map((v) => ({ t: 's', v }));
  const detected = mappingOf(STUDENT_IMPORT_FIELDS, header);

  it('is applied to the same headers in another order, and not to others', () => {
    const store = memoryStore();
    expect(recallMapping(store, 'students', header)).toBeNull();
    // 所在学校班级 mapped by hand, 手机 not imported.
    rememberMapping(store, 'students', header, { name: 0, idNumber: 1, className: 2 }, detected);
    expect(recallMapping(store, 'students', header)).toEqual({ name: 0, idNumber: 1, className: 2 });
    const moved = [header[3], header[2], { t: 's', v: ' 姓 名' }, header[1]] as ImportCell[];
    expect(headerSignature(moved)).toBe(headerSignature(header));
    expect(recallMapping(store, 'students', moved)).toEqual({ className: 1, name: 2, idNumber: 3 });
    expect(recallMapping(store, 'students', header.slice(0, 3))).toBeNull();
    expect(recallMapping(store, 'bankAccounts', header)).toBeNull();
  });

  it('is forgotten when the user goes back to what detection finds, and survives a broken store', () => {
    const store = memoryStore();
    rememberMapping(store, 'students', header, { ...detected, className: 2 }, detected);
    rememberMapping(store, 'students', header, detected, detected);
    expect(recallMapping(store, 'students', header)).toBeNull();
    store.data.set('bangfu.imports.mappings', '{not json');
    expect(recallMapping(store, 'students', header)).toBeNull();
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => rememberMapping(full, 'students', header, { name: 0 }, detected)).not.toThrow();
  });

  it('keeps the latest thirty layouts', () => {
    const store = memoryStore();
    for (let i = 0; i < 35; i++) {
      const h: ImportCell[] = [{ t: 's', v: '姓名' }, { t: 's', v: `列${i}` }];
      rememberMapping(store, 'students', h, { name: 0, notes: 1 }, { name: 0 });
    }
    expect(JSON.parse(store.data.get('bangfu.imports.mappings')!)).toHaveLength(30);
    expect(recallMapping(store, 'students', [{ t: 's', v: '姓名' }, { t: 's', v: '列34' }])).toEqual({ name: 0, notes: 1 });
    expect(recallMapping(store, 'students', [{ t: 's', v: '姓名' }, { t: 's', v: '列0' }])).toBeNull();
  });
});

describe('the workbook of refused rows', () => {
  const book = roster();
  const rows = book.sheets[0].rows;
  const texts: ProblemBookTexts = {
    column: '问题',
    describe: (p) => (p.header ? `列“${p.header}”：${p.message}` : p.message),
    joiner: '；',
    sheetName: '问题行',
  };
  const refused = [
    {
      line: 4,
      problems: [
        { field: 'idNumber' as const, header: '身份证号码', message: '身份证号校验码不对' },
        { field: null, header: null, message: '与第 3 行重复' },
      ],
    },
  ];

  it('has the header row, each refused record as read and its problems in a last column', () => {
    const table = problemTable(rows, 1, refused, texts);
    expect(table).toHaveLength(2);
    expect(table[0].map((c) => c?.v)).toEqual(['序号', '姓名', '性 别', '身份证号码', '所在学校班级', '入学日期', '备注', '问题']);
    expect(table[1].map((c) => c?.v)).toEqual([2, '李梅', '女', ID2, '汽修1班', '2019/9/1', undefined, '列“身份证号码”：身份证号校验码不对；与第 3 行重复']);
  });

  it('reads back in Excel with 身份证号 as text and dates as dates, and imports again with the same columns', () => {
    const refusedFirst = [{ line: 3, problems: [{ field: 'povertyStatus' as const, header: null, message: '缺少家庭困难类型' }] }];
    const base64 = problemBook(XLSX, rows, 1, refusedFirst, texts);
    const wb = XLSX.read(base64, { type: 'base64' });
    expect(wb.SheetNames).toEqual(['问题行']);
    const ws = wb.Sheets['问题行'];
    expect(ws['D2']).toMatchObject({ t: 's', v: ID });
    expect(ws['F2']).toMatchObject({ t: 'n', v: 43709 });
    expect(ws['F2'].w).toBe('2019-09-01');
    expect(ws['H1'].v).toBe('问题');
    expect(ws['H2'].v).toBe('缺少家庭困难类型');
    const again = readBook(new Uint8Array(Buffer.from(base64, 'base64')), '名单_问题行.xlsx');
    if (!again.ok) throw new Error(again.problem.code);
    const found = findHeaderRow(STUDENT_IMPORT_FIELDS, again.book.sheets[0].rows)!;
    expect(found.row).toBe(0);
    expect(found.mapping).toEqual({ name: 1, gender: 2, idNumber: 3, enrolmentDate: 5, notes: 6 });
    expect(sheetRecords(again.book.sheets[0].rows, 0, found.mapping)[0]).toMatchObject({ line: 2, cells: { idNumber: { t: 's', v: ID } } });
  });
});
