import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { dateCell, digitsCell, idNumberCell, serialToIso, textCell, yuanCell, type ImportCell } from '../../electron/contract/importCells';
import { findHeaderRow, headerKey, isDataRow, missingRequired, type ImportField } from '../../electron/contract/importHeaders';

const s = (v: string): ImportCell => ({ t: 's', v });
const n = (v: number, w?: string): ImportCell => ({ t: 'n', v, ...(w ? { w } : {}) });

describe('import cells', () => {
  it('reads dates in every style an office sheet holds them', () => {
    // 2019-09-01 is serial 43709 in Excel's 1900 system, 42247 in the 1904 one.
    expect(serialToIso(43709)).toBe('2019-09-01');
    expect(serialToIso(42247, true)).toBe('2019-09-01');
    for (const text of ['2019-09-01', '2019/9/1', '2019.09.01', '2019年9月1日', '20190901', '２０１９－０９－０１', ' 2019-9-1 '])
      expect(dateCell(s(text)), text).toEqual({ ok: true, value: '2019-09-01' });
    expect(dateCell(n(43709, '2019/9/1'))).toEqual({ ok: true, value: '2019-09-01' });
    expect(dateCell(n(20190901))).toEqual({ ok: true, value: '2019-09-01' });
    // A month alone is the 1st where the field allows it (入学年月), and refused where a day is needed.
    expect(dateCell(s('201909'), { monthWillDo: true })).toEqual({ ok: true, value: '2019-09-01' });
    expect(dateCell(n(201909), { monthWillDo: true })).toEqual({ ok: true, value: '2019-09-01' });
    expect(dateCell(s('2019年9月'), { monthWillDo: true })).toEqual({ ok: true, value: '2019-09-01' });
    expect(dateCell(s('201909'))).toEqual({ ok: false, problem: { code: 'import_date' } });
    expect(dateCell(s('2019-02-30'))).toEqual({ ok: false, problem: { code: 'import_date' } });
    expect(dateCell(s(''))).toEqual({ ok: true, value: null });
    expect(dateCell(undefined)).toEqual({ ok: true, value: null });
    expect(dateCell({ t: 'n', v: 43709, f: true })).toEqual({ ok: false, problem: { code: 'import_formula' } });
  });

  it('refuses a 身份证号 kept in a number cell, and tidies one kept as text', () => {
    expect(idNumberCell(n(4.51022200803151e17))).toEqual({ ok: false, problem: { code: 'import_id_number_cell' } });
    expect(idNumberCell(s(' 45102220080315123x '))).toEqual({ ok: true, value: '45102220080315123X' });
    expect(idNumberCell(s('４５１０２２ ２００８０３１５１２３Ｘ'))).toEqual({ ok: true, value: '45102220080315123X' });
    // Phones fit a number cell whole; a 19-digit bank account does not.
    expect(digitsCell(n(13800138000))).toEqual({ ok: true, value: '13800138000' });
    expect(digitsCell(n(6228480012345678000))).toEqual({ ok: false, problem: { code: 'import_id_number_cell' } });
    expect(digitsCell(s('6228 4800 1234 5678 901'))).toEqual({ ok: true, value: '6228480012345678901' });
  });

  it('reads text, amounts and refuses error and formula cells', () => {
    expect(textCell(s('  黄  小明 '))).toEqual({ ok: true, value: '黄 小明' });
    expect(textCell(s('阿依古丽·买买提'))).toEqual({ ok: true, value: '阿依古丽·买买提' });
    // Full-width letters and digits are a typing slip; Chinese punctuation is the writer's.
    expect(textCell(s('那王村（３组），靠Ｇ３２４'))).toEqual({ ok: true, value: '那王村（3组），靠G324' });
    expect(textCell({ t: 'e', v: 42 })).toEqual({ ok: false, problem: { code: 'import_error_cell' } });
    expect(yuanCell(s('¥1,234.50'))).toEqual({ ok: true, value: 123_450 });
    expect(yuanCell(n(300))).toEqual({ ok: true, value: 30_000 });
    expect(yuanCell(s('三百'))).toEqual({ ok: false, problem: { code: 'import_number', value: '三百' } });
    expect(yuanCell(s('1.234'))).toEqual({ ok: false, problem: { code: 'import_number', value: '1.234' } });
  });
});

describe('import headers', () => {
  const fields: ImportField<'name' | 'idNumber' | 'gender' | 'birthDate'>[] = [
    { key: 'name', headers: ['姓名', '学生姓名'], required: true },
    { key: 'idNumber', headers: ['身份证号', '身份证号码', '证件号码'], required: true },
    { key: 'gender', headers: ['性别'] },
    { key: 'birthDate', headers: ['出生日期', '出生年月'] },
  ];

  it('matches headers however they are spaced, marked or bracketed', () => {
    expect(headerKey(' 性 别 ')).toBe('性别');
    expect(headerKey('*身份证号（必填）')).toBe('身份证号');
    expect(headerKey('ＩＤ')).toBe('id');
  });

  it('finds the header row under a merged title, and skips the 合计 line and blank rows', () => {
    // As an office keeps it: a title merged across, a date line, the headers, records, a blank row, 合计.
    const sheet = XLSX.utils.aoa_to_sheet([
      ['2019级帮扶生花名册'],
      ['填表日期：2019年9月10日'],
      ['序号', '学生姓名', '性 别', '身份证号码', '出生年月'],
      [1, '黄小明', '男', '45102220080315123X', '2008.03'],
      [],
      ['合计', '1人'],
    ]);
    sheet['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 4 } }];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, defval: undefined }).map((r) => r.map((v) => (v === undefined ? undefined : typeof v === 'number' ? n(v) : s(String(v)))));
    const found = findHeaderRow(fields, rows);
    expect(found).toEqual({ row: 2, mapping: { name: 1, gender: 2, idNumber: 3, birthDate: 4 } });
    expect(rows.slice(3).map(isDataRow)).toEqual([true, false, false]);
    expect(missingRequired(fields, { name: 1 })).toEqual(['idNumber']);
    expect(findHeaderRow(fields, [[s('随便什么')], [s('姓名')]])).toBeNull();
  });
});
