import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../electron/contract/export';
import { parseIdNumber } from '../../electron/contract/idcard';
import { dateCell, idNumberCell, textCell, type ImportCell } from '../../electron/contract/importCells';
import { findHeaderRow, missingRequired, type ImportMapping } from '../../electron/contract/importHeaders';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../electron/contract/importStudents';
import { Caller, seedRegister, testBackend } from '../support/backend';
import { makeIdNumber } from '../support/fixtures';
import { sheetOf, workbookOf } from '../support/importSheet';

const ids = { bank: makeIdNumber('451022', '20080601', 202) };

type Cfb = { read(d: Buffer, o: object): unknown; find(z: unknown, p: string): { content: Uint8Array } | null };

/** The template read back as the import will read it, and the XML of its parts. */
function open(file: ExportFile) {
  const data = Buffer.from(file.base64, 'base64');
  const book = XLSX.read(data, { cellNF: true, dense: true });
  const cells = (name: string): (ImportCell | undefined)[][] =>
    // Array.from, not map: a blank row is a hole in SheetJS's dense rows
    Array.from((book.Sheets[name]['!data'] ?? []) as (XLSX.CellObject[] | undefined)[], (row) =>
      Array.from(row ?? [], (c) => (c ? { t: c.t as ImportCell['t'], v: c.v as string | number | boolean, w: c.w, f: c.f !== undefined } : undefined)),
    );
  const zip = (XLSX.CFB as Cfb).read(data, { type: 'buffer' });
  const part = (path: string) => Buffer.from((XLSX.CFB as Cfb).find(zip, `/${path}`)!.content).toString('utf8');
  return { book, cells, part };
}

/** The sheet's drop-down lists by the cells they cover. */
function listsOf(xml: string): Map<string, { attrs: string; formula: string }> {
  const lists = new Map<string, { attrs: string; formula: string }>();
  for (const m of xml.matchAll(/<dataValidation ([^>]*)><formula1>([^<]*)<\/formula1><\/dataValidation>/g)) {
    lists.set(/sqref="([^"]+)"/.exec(m[1])![1], { attrs: m[1], formula: m[2].replace(/&quot;/g, '"') });
  }
  return lists;
}

const whole = (column: number) => {
  const col = XLSX.utils.encode_col(column);
  return `${col}2:${col}5001`;
};

let b: ReturnType<typeof testBackend>;
let seed: Awaited<ReturnType<typeof seedRegister>>;
let file: ExportFile;
let t: ReturnType<typeof open>;
let rows: (ImportCell | undefined)[][];
let mapping: ImportMapping<StudentImportField>;

beforeAll(async () => {
  b = testBackend();
  seed = await seedRegister(b);
  file = await seed.office.caller.call('imports.template', { kind: 'students' });
  t = open(file);
  rows = t.cells('学生名单');
  mapping = findHeaderRow(STUDENT_IMPORT_FIELDS, rows)!.mapping;
}, 60_000);

describe('the student import template', () => {
  it('is a workbook of the sheet to fill, its instructions and its hidden lists', () => {
    expect(file.fileName).toBe('学生导入模板.xlsx');
    expect(t.book.SheetNames).toEqual(['学生名单', '填写说明', '选项']);
    expect(t.book.Workbook?.Sheets?.map((s) => Boolean(s.Hidden))).toEqual([false, false, true]);
    expect(t.part('xl/worksheets/sheet1.xml')).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
  });

  it('has headers the import finds every field by, the required ones marked', () => {
    expect(findHeaderRow(STUDENT_IMPORT_FIELDS, rows)!.row).toBe(0);
    expect(Object.keys(mapping).sort()).toEqual(STUDENT_IMPORT_FIELDS.map((f) => f.key).sort());
    expect(missingRequired(STUDENT_IMPORT_FIELDS, mapping)).toEqual([]);
    const headers = rows[0].map((c) => c?.v);
    expect(headers[mapping.name!]).toBe('*姓名');
    expect(headers[mapping.idNumber!]).toBe('*身份证号');
    expect(headers[mapping.studentNo!]).toBe('学号');
  });

  it('gives two examples the import takes, placed in the register’s latest class', () => {
    const body = rows.slice(1);
    expect(body).toHaveLength(2);
    for (const row of body) {
      const id = idNumberCell(row[mapping.idNumber!]);
      expect(id.ok).toBe(true);
      const info = parseIdNumber(id.ok ? id.value : '', new Date('2026-11-23'));
      expect('problem' in info, JSON.stringify(info)).toBe(false);
      if ('problem' in info) continue;
      expect(textCell(row[mapping.gender!])).toEqual({ ok: true, value: info.gender === 'M' ? '男' : '女' });
      expect(dateCell(row[mapping.enrolmentDate!])).toEqual({ ok: true, value: '2024-09-01' });
      expect(dateCell(row[mapping.expectedGraduation!], { monthWillDo: true })).toEqual({ ok: true, value: '2027-07-01' });
      const birth = dateCell(row[mapping.birthDate!]);
      expect(birth.ok && (birth.value === null || birth.value === info.birthDate)).toBe(true);
      const text = (key: StudentImportField) => textCell(row[mapping[key]!]);
      expect([text('project'), text('cohort'), text('major'), text('className'), text('counsellor')].map((r) => r.ok && r.value)).toEqual([
        '广西百色',
        '2024级',
        '汽车维修',
        '24汽修1班',
        '王老师',
      ]);
      expect(text('notes')).toMatchObject({ ok: true, value: expect.stringContaining('导入前请删除') });
    }
    expect(dateCell(body[0][mapping.birthDate!]).ok && dateCell(body[0][mapping.birthDate!])).toMatchObject({ value: '2008-03-15' });
  });

  it('keeps the code columns text all the way down, the examples too', () => {
    const xml = t.part('xl/worksheets/sheet1.xml');
    const xfs = [.../<cellXfs[^>]*>(.*?)<\/cellXfs>/.exec(t.part('xl/styles.xml'))![1].matchAll(/<xf [^>]*>/g)].map((m) => m[0]);
    for (const key of ['idNumber', 'studentNo', 'phone', 'guardianPhone', 'bankAccount'] as const) {
      const n = mapping[key]! + 1;
      const style = new RegExp(`<col min="${n}" max="${n}" style="(\\d+)"`).exec(xml)?.[1];
      expect(style, key).toBeDefined();
      expect(xfs[Number(style)], key).toContain('numFmtId="49"');
      const example = t.book.Sheets['学生名单']['!data']![1][mapping[key]!];
      expect(example, key).toMatchObject({ t: 's', z: '@' });
    }
    expect(xml).toMatch(/<col min="1" max="1" width="[\d.]+" customWidth="1"\/>/);
    expect(xml).toContain(`<ignoredError numberStoredAsText="1" sqref="A1:${XLSX.utils.encode_col(STUDENT_IMPORT_FIELDS.length - 1)}5001"/>`);
  });

  it('offers the fixed codes and the register’s names as drop-down lists', () => {
    const lists = listsOf(t.part('xl/worksheets/sheet1.xml'));
    const gender = lists.get(whole(mapping.gender!))!;
    expect(gender.formula).toBe('"男,女"');
    expect(gender.attrs).not.toContain('errorStyle');
    expect(gender.attrs).toContain('showErrorMessage="1"');
    expect(lists.get(whole(mapping.povertyStatus!))!.formula).toBe('"建档立卡,低保,特困,脱贫监测,其他"');
    expect(lists.get(whole(mapping.dormitory!))!.formula).toBe('"是,否"');
    for (const key of ['priorEducation', 'level', 'status'] as const) expect(lists.has(whole(mapping[key]!)), key).toBe(true);

    // The register's names sit on the hidden sheet, one column each, the rule pointing at them.
    const options = t.cells('选项');
    const listed = (key: StudentImportField) => {
      const [, col, from, to] = /^'选项'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(lists.get(whole(mapping[key]!))!.formula)!;
      const c = XLSX.utils.decode_col(col);
      expect(options[0][c]?.v).toBe(STUDENT_IMPORT_FIELDS.find((f) => f.key === key)!.headers[0]);
      return options.slice(Number(from) - 1, Number(to)).map((r) => r[c]?.v);
    };
    expect(listed('project')).toEqual(['广西百色']);
    expect(listed('cohort')).toEqual(['2024级']);
    expect(listed('major')).toEqual(['汽车维修']);
    expect(listed('className')).toEqual(['24汽修1班']);
    expect(listed('counsellor')).toEqual(['王老师', '赵老师']);
    // A project must exist; a cohort, major or class may be new, and the import creates it.
    expect(lists.get(whole(mapping.project!))!.attrs).not.toContain('errorStyle');
    for (const key of ['cohort', 'major', 'className'] as const) expect(lists.get(whole(mapping[key]!))!.attrs, key).toContain('errorStyle="information"');
  });

  it('explains every column in the instruction sheet', () => {
    const lines = t.cells('填写说明').map((r) => Array.from({ length: 4 }, (_, i) => (r[i] ? String(r[i]!.v) : '')));
    const table = lines.findIndex((r) => r[0] === '列名');
    expect(lines.slice(0, table).some((r) => r[0].includes('示例'))).toBe(true);
    const described = new Map(lines.slice(table + 1).map((r) => [r[0], r]));
    for (const f of STUDENT_IMPORT_FIELDS) {
      const line = described.get(f.headers[0]);
      expect(line, f.key).toBeDefined();
      expect(line![1]).toBe('required' in f && f.required ? '必填' : '选填');
      expect(line![2], f.key).not.toBe('');
    }
    expect(described.get('身份证号')![2]).toContain('18位');
    expect(described.get('性别')![3]).toBe('男、女');
    expect(described.get('帮扶项目')![3]).toBe('广西百色');
  });

  it('writes the instructions in the caller’s language and keeps the headers the import reads', async () => {
    const en = new Caller(b.backend, seed.office.caller.token, 'en');
    const english = open(await en.call('imports.template', { kind: 'students' }));
    expect(english.book.SheetNames).toEqual(['Students', 'Instructions', 'Lists']);
    const mapped = findHeaderRow(STUDENT_IMPORT_FIELDS, english.cells('Students'))!.mapping;
    expect(mapped).toEqual(mapping);
    const project = listsOf(english.part('xl/worksheets/sheet1.xml')).get(whole(mapping.project!))!;
    expect(project.formula).toMatch(/^'Lists'!\$A\$2:\$A\$2$/);
  });

  it('is a fillable template before the register has anything in it', async () => {
    const empty = testBackend();
    const admin = empty.as(null);
    await admin.call('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' });
    const bare = open(await admin.call('imports.template', { kind: 'students' }));
    const cells = bare.cells('学生名单');
    const found = findHeaderRow(STUDENT_IMPORT_FIELDS, cells)!.mapping;
    const id = idNumberCell(cells[1][found.idNumber!]);
    expect(id.ok && !('problem' in parseIdNumber(id.value))).toBe(true);
    const lists = listsOf(bare.part('xl/worksheets/sheet1.xml'));
    expect(lists.has(whole(found.gender!))).toBe(true);
    expect(lists.has(whole(found.project!))).toBe(false);
  });

  it('is for those who keep the register only', async () => {
    for (const who of [seed.finance, seed.c1, seed.viewer]) {
      expect((await who.caller.fail('imports.template', { kind: 'students' })).code).toBe('forbidden');
    }
  });
});

describe('the bank account template', () => {
  it('has the columns to find a student by and those collected later, and imports as updates', async () => {
    const bank = await seed.office.caller.call('imports.template', { kind: 'bankAccounts' });
    expect(bank.fileName).toBe('银行账户导入模板.xlsx');
    const opened = open(bank);
    expect(opened.book.SheetNames).toEqual(['银行账户', '填写说明']);
    const cells = opened.cells('银行账户');
    expect(cells[0].map((c) => c?.v)).toEqual(['姓名', '*身份证号', '开户银行', '银行账号', '开户名', '联系电话', '监护人电话', '备注']);
    const xml = opened.part('xl/worksheets/sheet1.xml');
    expect([...xml.matchAll(/<col min="(\d+)" max="\d+" style="\d+"/g)].map((m) => Number(m[1]))).toEqual([2, 4, 6, 7]);

    // The office fills it for a student of the register, leaving one example in by mistake.
    const { id: studentId } = await seed.office.caller.call('students.create', seed.studentInput({ name: '蓝小燕', idNumber: ids.bank, birthDate: '2008-06-01', gender: 'F' }));
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(opened.book.Sheets['银行账户'], { header: 1, raw: false });
    aoa.splice(2, 1, ['蓝小燕', ids.bank, '中国建设银行', '6217003320001234567', '蓝小燕', '13812345678']);
    const sheet = sheetOf(workbookOf(aoa), bank.fileName, { updateOnly: true });
    const preview = await seed.office.caller.call('imports.previewStudents', sheet);
    expect(preview.counts).toMatchObject({ update: 1, error: 1 });
    expect(preview.rows[0].problems.map((p) => p.message)).toContain('这是模板里的示例行：请删除后再导入');
    expect(preview.rows[1]).toMatchObject({ status: 'update', studentId, name: '蓝小燕' });
    expect(preview.rows[1].changes.map((c) => c.field)).toEqual(['bankName', 'bankAccount', 'bankAccountName', 'phone']);
  });
});
