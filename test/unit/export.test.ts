import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../electron/contract/export';
import { checkCharFor } from '../../electron/contract/idcard';
import { neutralise } from '../../electron/backend/export/cells';
import { Caller, seedRegister, testBackend } from '../support/backend';
import { makeIdNumber } from '../support/fixtures';

let b: ReturnType<typeof testBackend>;
let seed: Awaited<ReturnType<typeof seedRegister>>;
/** a valid 身份证号 whose check character is X */
let idWithX: string;

beforeAll(async () => {
  b = testBackend();
  seed = await seedRegister(b);
  let seq = 500;
  while (checkCharFor(`451022${'20080315'}${String(seq).padStart(3, '0')}`) !== 'X') seq++;
  idWithX = makeIdNumber('451022', '20080315', seq);
  const office = seed.office.caller;
  await office.call('students.create', seed.studentInput({ name: '黄小明', idNumber: idWithX, studentNo: '0024001' }));
  await office.call('students.create', seed.studentInput({ name: '=1+2', notes: '=HYPERLINK("http://x.example","点我")' }));
  await office.call('students.create', seed.studentInput({ name: '韦华', counsellorId: seed.c2.user.id }));
  const left = await office.call('students.create', seed.studentInput({ name: '退学生' }));
  await office.call('students.changeStatus', { id: left.id, version: left.version, event: 'withdraw', date: '2025-01-10', reason: '回家务农' });
}, 60_000);

/** The file read back as Excel would: the sheet, its rows as values, and the sheet's own XML. */
function open(file: ExportFile) {
  const data = Buffer.from(file.base64, 'base64');
  const book = XLSX.read(data, { cellDates: true, cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, defval: null });
  const zip = (XLSX.CFB as { read(d: Buffer, o: object): unknown; find(z: unknown, p: string): { content: Uint8Array } | null }).read(data, { type: 'buffer' });
  const xml = Buffer.from(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content).toString('utf8');
  return { sheet, title: rows[0][0] as string, headers: rows[1] as string[], body: rows.slice(2), xml };
}

const column = (file: ReturnType<typeof open>, header: string) => {
  const at = file.headers.indexOf(header);
  if (at < 0) throw new Error(`no column ${header} in ${file.headers.join(', ')}`);
  return file.body.map((r) => r[at]);
};
/** The cell of a student's row in a column, as SheetJS reads it (type, value, number format). */
const cellOf = (file: ReturnType<typeof open>, name: string, header: string) => {
  const row = column(file, '姓名').indexOf(name);
  return file.sheet[XLSX.utils.encode_cell({ r: row + 2, c: file.headers.indexOf(header) })] as XLSX.CellObject;
};

async function exported(caller: Caller, input: object) {
  return caller.call('students.export', input as never);
}

describe('exporting the register', () => {
  it('writes the filtered list with a title naming the filters, Chinese headers and typed cells', async () => {
    const file = await exported(seed.office.caller, { classId: seed.klass.id, status: 'enrolled', sort: 'name', dir: 'asc' });
    const x = open(file);
    expect(file.fileName).toMatch(/^学生名册_\d{8}-\d{4}\.xlsx$/);
    expect(x.title).toContain('学生名册');
    expect(x.title).toContain('24汽修1班');
    expect(x.title).toContain('在读');
    expect(x.title).toContain('排序：姓名 ↑');
    expect(x.title).toContain('导出：帮扶办李老师');
    expect(x.headers.slice(0, 7)).toEqual(['序号', '姓名', '学号', '性别', '民族', '身份证号', '出生日期']);
    // Only the enrolled: the withdrawn student is filtered out; sorted by pinyin as on screen.
    const names = column(x, '姓名');
    expect(names).not.toContain('退学生');
    expect([...names].sort()).toEqual(['黄小明', '韦华', "'=1+2"].sort());
    expect(file.rows).toBe(names.length);
    expect(x.title).toContain(`共 ${names.length} 条`);

    // 身份证号 and 学号 stay text, every digit and the X kept, with Excel's text format.
    const id = cellOf(x, '黄小明', '身份证号');
    expect(id).toMatchObject({ t: 's', v: idWithX, z: '@' });
    expect(id.v).toHaveLength(18);
    expect(String(id.v).endsWith('X')).toBe(true);
    expect(cellOf(x, '黄小明', '学号')).toMatchObject({ t: 's', v: '0024001' });
    expect(cellOf(x, '黄小明', '银行账号')).toMatchObject({ t: 's', v: '6228480012345678901' });
    expect(cellOf(x, '黄小明', '联系电话')).toMatchObject({ t: 's', v: '13800138000' });
    // 序号 is a number, dates are dates.
    expect(column(x, '序号')).toEqual(names.map((_, i) => i + 1));
    const enrolled = cellOf(x, '黄小明', '入学日期');
    expect(enrolled.t).toBe('d');
    expect((enrolled.v as Date).toISOString().slice(0, 10)).toBe('2024-09-01');
    expect(cellOf(x, '黄小明', '出生日期').z).toBe('yyyy-mm-dd');
    // Codes in words, as the screens show them.
    expect(cellOf(x, '黄小明', '学籍状态').v).toBe('在读');
    expect(cellOf(x, '黄小明', '家庭困难类型').v).toBe('建档立卡');
  });

  it('neutralises text a spreadsheet would take for a formula', async () => {
    const x = open(await exported(seed.office.caller, { q: '=1+2' }));
    expect(column(x, '姓名')).toEqual(["'=1+2"]);
    expect(String(column(x, '备注')[0])).toBe(`'=HYPERLINK("http://x.example","点我")`);
    expect(x.title).toContain('搜索“=1+2”');
    expect(x.title.startsWith('学生名册')).toBe(true);
    for (const danger of ['=A1', '+1', '-1+2', '@SUM(A1)', '\t=1', '\r=1', '＝1+2']) expect(neutralise(danger)).toBe(`'${danger}`);
    for (const harmless of ['黄小明', '0771-1234567', "'quoted", '1=1']) expect(neutralise(harmless)).toBe(harmless);
  });

  it('keeps the title and headers in view and fits the columns', async () => {
    const x = open(await exported(seed.office.caller, {}));
    expect(x.xml).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(x.sheet['!merges']).toEqual([{ s: { r: 0, c: 0 }, e: { r: 0, c: x.headers.length - 1 } }]);
    expect(x.sheet['!autofilter']?.ref).toBe(`A2:${XLSX.utils.encode_col(x.headers.length - 1)}${x.body.length + 2}`);
    const widths = [...x.xml.matchAll(/<col min="(\d+)" max="\d+" width="([\d.]+)"/g)].map((m) => Number(m[2]));
    expect(widths).toHaveLength(x.headers.length);
    const idWidth = widths[x.headers.indexOf('身份证号')];
    const genderWidth = widths[x.headers.indexOf('性别')];
    expect(idWidth).toBeGreaterThanOrEqual(18);
    expect(genderWidth).toBeLessThan(idWidth);
  });

  it('gives a counsellor only their students, with 身份证号 and bank accounts masked and the birth year alone', async () => {
    const x = open(await exported(seed.c2.caller, {}));
    expect(column(x, '姓名')).toEqual(['韦华']);
    const id = String(column(x, '身份证号')[0]);
    expect(id).toMatch(/^4510\*{10}\d{3}[\dX]$/);
    expect(String(column(x, '银行账号')[0])).toBe('**** 8901');
    expect(x.headers).not.toContain('出生日期');
    expect(column(x, '出生年份')).toEqual([2008]);
    expect(x.title).toContain('导出：赵老师');
    // Nothing of it holds a whole number.
    expect(JSON.stringify(x.body)).not.toMatch(/\d{18}|\d{17}X/);
  });

  it('records who exported which students and how many', async () => {
    await exported(seed.office.caller, { classId: seed.klass.id, status: 'enrolled', q: '13800138000' });
    const log = await seed.admin.call('audit.list', { entity: 'student' });
    const entry = log.rows.find((e) => e.action === 'export')!;
    expect(entry.userName).toBe('帮扶办李老师');
    expect(entry.entityId).toBeNull();
    // A phone number searched for is kept as the masks on screen show it.
    expect(entry.after).toEqual({ q: '*******8000', classId: seed.klass.id, status: 'enrolled', wholeIds: true, rows: 3 });
  });

  it('speaks the caller\'s language', async () => {
    const english = new Caller(b.backend, seed.office.caller.token, 'en');
    const x = open(await english.call('students.export', {}));
    expect(x.headers.slice(0, 3)).toEqual(['No.', 'Name', 'Student number']);
    expect(x.title).toMatch(/^Student register — Filters: All; Sorted by last updated ↓; \d+ rows; exported by 帮扶办李老师 at \d{4}-\d\d-\d\d \d\d:\d\d$/);
  });
});

describe('exporting the audit log', () => {
  it('is for administrators only, as the log itself', async () => {
    expect((await seed.office.caller.fail('audit.export', {})).code).toBe('forbidden');
    expect((await seed.c1.caller.fail('audit.export', {})).code).toBe('forbidden');
  });

  it('writes the filtered entries with times as dates, records named and changes in words', async () => {
    await exported(seed.office.caller, { classId: seed.klass.id });
    const file = await seed.admin.call('audit.export', { entity: 'student', from: '2026-11-01', to: '2026-11-30' });
    const x = open(file);
    expect(file.fileName).toMatch(/^审计日志_\d{8}-\d{4}\.xlsx$/);
    expect(x.title).toMatch(/^审计日志 — 筛选：学生 · 2026-11-01 至 2026-11-30；共 \d+ 条；导出：管理员 /);
    expect(x.headers).toEqual(['时间', '操作人', '操作', '对象类型', '对象', '记录号', '变更内容']);
    expect(file.rows).toBe(x.body.length);
    expect(new Set(column(x, '对象类型'))).toEqual(new Set(['学生']));
    // Newest first: the register export just made, its filter named.
    expect(x.body[0].slice(1, 4)).toEqual(['帮扶办李老师', '导出', '学生']);
    expect(String(x.body[0][6])).toContain('班级：24汽修1班');
    const time = x.sheet.A3 as XLSX.CellObject;
    expect(time.t).toBe('d');
    // 2026-11-23T02:00Z is 10:00 in China.
    expect(time.z).toBe('yyyy-mm-dd hh:mm:ss');
    expect((time.v as Date).toISOString()).toBe('2026-11-23T10:00:00.000Z');
    const withdrawal = x.body.find((r) => r[4] === '退学生' && r[2] !== '新建')!;
    expect(String(withdrawal[6])).toContain('学籍状态：在读 → 退学/流失');
    expect(String(withdrawal[6])).toContain('原因：回家务农');
  });

  it('records the export of the log in the log', async () => {
    await seed.admin.call('audit.export', { userId: seed.office.user.id });
    const log = await seed.admin.call('audit.list', { entity: 'audit' });
    expect(log.rows[0]).toMatchObject({ action: 'export', entity: 'audit', userName: '管理员', entityId: null });
    expect(log.rows[0].after).toMatchObject({ userId: seed.office.user.id });
    expect(log.rows[0].after?.rows).toBeGreaterThan(0);
  });
});
