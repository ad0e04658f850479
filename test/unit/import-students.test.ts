import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeIdNumber } from '../support/fixtures';
import { seedRegister, testBackend } from '../support/backend';
import { sheetOf, workbookOf } from '../support/importSheet';

const HEADERS = ['序号', '姓名', '性 别', '身份证号码', '帮扶项目', '批次', '专业', '班级', '培养层次', '入学日期', '家庭困难类型', '入学前学历', '班主任', '联系电话', '学籍状态', '状态变动日期'];
const ids = { a: makeIdNumber('451022', '20080315', 101), b: makeIdNumber('451022', '20080420', 102), x: makeIdNumber('451022', '20080101', 103), y: makeIdNumber('451022', '20080202', 104), g: makeIdNumber('522701', '20031111', 105) };
const broken = ids.a.slice(0, 17) + (ids.a[17] === '1' ? '2' : '1');

/** Today is 2026-11-23. X and Y are in the register already; the sheet changes X's phone and repeats Y as it is. */
async function setup() {
  const b = testBackend();
  const s = await seedRegister(b);
  const existing = async (name: string, idNumber: string, phone: string) =>
    (await s.office.caller.call('students.create', s.studentInput({ name, idNumber, birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`, gender: Number(idNumber[16]) % 2 ? 'M' : 'F', phone }))).id;
  const x = await existing('黄小明', ids.x, '13800000003');
  await existing('黄小红', ids.y, '13800000004');
  const row = (n: number, name: string, idNumber: unknown, gender: string, phone: string, more: unknown[] = ['广西百色', '2024级', '汽车维修', '24汽修1班', '中级工', '2024-09-01', '建档立卡', '初中', '王老师']) => [n, name, gender, idNumber, ...more, phone];
  const sheet = [
    ['2024级帮扶生花名册'],
    HEADERS,
    row(1, '甲', ids.a, '男', '13800000001'),
    row(2, '乙', ids.b, '', '13800000002', ['广西百色', '2024级', '汽车维修', '24汽修1班', '中级工', '2024/9/1', '低保', '初中', '王老师']),
    row(3, '黄小明', ids.x, '男', '13900000003', ['广西百色', '2024级', '汽车维修', '24汽修1班', '中级工', '2024-09-01', '建档立卡', '初中', '王老师']),
    row(4, '黄小红', ids.y, '女', '13800000004'),
    row(5, '丁', broken, '男', ''),
    row(6, '戊', 451022200803151000, '男', ''),
    [7, '庚', '男', ids.g, '广西百色', '2019级', '数控', '19数控1班', '高级工', '2019-09-01', '特困', '初中', '赵老师', '', '毕业', '2022-07-01'],
    ['合计', '7人'],
  ];
  return { ...s, b, x, bytes: workbookOf(sheet) };
}

const count = (b: { opened: { sqlite: Database.Database } }, table: string) => (b.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('importing students from a workbook', () => {
  it('previews each record as new, update, unchanged or refused, naming the row, the column and why', async () => {
    const s = await setup();
    const preview = await s.office.caller.call('imports.previewStudents', sheetOf(s.bytes));
    expect(preview.counts).toEqual({ new: 2, update: 1, unchanged: 1, error: 3 });
    const at = (line: number) => preview.rows.find((r) => r.line === line)!;
    expect(at(3)).toMatchObject({ status: 'new', name: '甲' });
    expect(at(5)).toMatchObject({ status: 'update', studentId: s.x, changes: [{ field: 'phone', header: '联系电话', before: '13800000003', after: '13900000003' }] });
    expect(at(6).status).toBe('unchanged');
    expect(at(7).problems).toEqual([{ field: 'idNumber', header: '身份证号码', message: '身份证号校验位错误，请核对' }]);
    expect(at(8).problems).toEqual([{ field: 'idNumber', header: '身份证号码', message: '存成了数字，末几位已丢失：请把这一列设为“文本”格式后重新填写' }]);
    expect(at(9).problems.map((p) => [p.header, p.message])).toEqual([
      ['批次', '“2019级”尚不存在：可勾选“同时新建”在导入时新建'],
      ['专业', '“数控”尚不存在：可勾选“同时新建”在导入时新建'],
      ['班级', '“19数控1班”尚不存在：可勾选“同时新建”在导入时新建'],
    ]);
    expect(preview.missing).toEqual({ cohorts: [{ project: '广西百色', name: '2019级' }], majors: ['数控'], classes: [{ name: '19数控1班', cohort: '2019级' }] });
    // Making the missing groups to check against leaves nothing behind.
    const logged = count(s.b, 'audit_log');
    const withGroups = await s.office.caller.call('imports.previewStudents', sheetOf(s.bytes, undefined, { createMissing: true }));
    expect(withGroups.counts).toEqual({ new: 3, update: 1, unchanged: 1, error: 2 });
    expect(count(s.b, 'cohorts')).toBe(1);
    expect(count(s.b, 'audit_log')).toBe(logged);
    expect((await s.c1.caller.fail('imports.previewStudents', sheetOf(s.bytes))).code).toBe('forbidden');
  });

  it('imports the records without problems in one step, making the missing groups, and logs it as one import', async () => {
    const s = await setup();
    const sheet = sheetOf(s.bytes, undefined, { createMissing: true });
    const preview = await s.office.caller.call('imports.previewStudents', sheet);
    const seen = preview.rows.filter((r) => r.studentId !== null).map((r) => ({ studentId: r.studentId!, version: r.version! }));
    const done = await s.office.caller.call('imports.importStudents', { ...sheet, seen });
    expect(done).toMatchObject({ created: 3, updated: 1, unchanged: 1, skipped: 2 });
    const found = async (q: string) => (await s.office.caller.call('students.list', { q })).rows;
    const [geng] = await found('庚');
    expect(geng).toMatchObject({ status: 'graduated', cohortName: '2019级', majorName: '数控', className: '19数控1班', counsellorName: '赵老师' });
    expect((await s.office.caller.call('students.history', { id: geng.id })).map((e) => [e.event, e.date])).toEqual([
      ['graduate', '2022-07-01'],
      ['enrol', '2019-09-01'],
    ]);
    expect((await s.office.caller.call('students.get', { id: s.x })).phone).toBe('13900000003');
    const [yi] = await found('乙');
    expect(await s.office.caller.call('students.get', { id: yi.id })).toMatchObject({ gender: 'F', birthDate: '2008-04-20', povertyStatus: 'dibao' });
    const log = await s.admin.call('audit.list', { entity: 'import' });
    expect(log.rows.map((r) => r.action)).toEqual(['import']);
  });

  it('writes nothing when a student was changed after the preview', async () => {
    const s = await setup();
    const sheet = sheetOf(s.bytes);
    const preview = await s.office.caller.call('imports.previewStudents', sheet);
    const seen = preview.rows.filter((r) => r.studentId !== null).map((r) => ({ studentId: r.studentId!, version: r.version! }));
    const x = await s.office.caller.call('students.get', { id: s.x });
    await s.office.caller.call('students.update', { ...s.studentInput({ name: x.name, idNumber: x.idNumber, birthDate: x.birthDate, gender: x.gender, phone: '13700000000' }), id: s.x, version: x.version });
    const before = count(s.b, 'students');
    const refused = await s.office.caller.fail('imports.importStudents', { ...sheet, seen });
    expect(refused).toMatchObject({ code: 'import_changed', message: '预览之后，第5行的黄小明的记录有变动，未导入任何数据。请重新预览后再导入' });
    expect(count(s.b, 'students')).toBe(before);
    expect(count(s.b, 'imports')).toBe(0);
  });

  it('takes the register’s own export back with no changes', async () => {
    const s = await setup();
    const file = await s.office.caller.call('students.export', {});
    const sheet = sheetOf(new Uint8Array(Buffer.from(file.base64, 'base64')), file.fileName);
    const preview = await s.office.caller.call('imports.previewStudents', sheet);
    expect(preview.rows.map((r) => [r.name, r.status, r.problems, r.changes])).toEqual([
      ['黄小红', 'unchanged', [], []],
      ['黄小明', 'unchanged', [], []],
    ]);
  });

  it('only updates the register’s students when asked to, refusing one it does not have', async () => {
    const s = await setup();
    const bytes = workbookOf([
      ['姓名', '身份证号', '开户银行', '银行账号'],
      ['黄小明', ids.x, '中国建设银行', '6217000012345678901'],
      ['甲', ids.a, '中国农业银行', '6228480012345678902'],
    ]);
    const sheet = sheetOf(bytes, '银行账号.xlsx', { updateOnly: true });
    const preview = await s.office.caller.call('imports.previewStudents', sheet);
    expect(preview.rows.map((r) => [r.name, r.status, r.changes.map((c) => `${c.header}：${c.before} → ${c.after}`), r.problems.map((p) => p.message)])).toEqual([
      ['黄小明', 'update', ['开户银行：中国农业银行 → 中国建设银行', '银行账号：6228480012345678901 → 6217000012345678901'], []],
      ['甲', 'error', [], ['登记册中没有这个身份证号（只更新已在册的学生时不新增）']],
    ]);
    const done = await s.office.caller.call('imports.importStudents', { ...sheet, seen: [{ studentId: s.x, version: preview.rows[0].version! }] });
    expect(done).toMatchObject({ created: 0, updated: 1, skipped: 1 });
    expect(await s.office.caller.call('students.get', { id: s.x })).toMatchObject({ bankName: '中国建设银行', bankAccount: '6217000012345678901', phone: '13800000003' });
  });

  it('refuses the template’s example rows left in the file', async () => {
    const s = await setup();
    const template = await s.office.caller.call('imports.template', { kind: 'students' });
    const preview = await s.office.caller.call('imports.previewStudents', sheetOf(new Uint8Array(Buffer.from(template.base64, 'base64')), template.fileName));
    expect(preview.counts.error).toBe(2);
    expect(preview.rows.map((r) => r.problems.map((p) => `${p.header}：${p.message}`))).toEqual([['备注：这是模板里的示例行：请删除后再导入'], ['备注：这是模板里的示例行：请删除后再导入']]);
  });

  it('refuses the same 身份证号 twice in one file, naming the other row', async () => {
    const s = await setup();
    const bytes = workbookOf([HEADERS, [1, '甲', '男', ids.a, '广西百色', '2024级', '', '', '中级工', '2024-09-01', '建档立卡', '初中'], [2, '甲乙', '男', ids.a.toLowerCase(), '广西百色', '2024级', '', '', '中级工', '2024-09-01', '建档立卡', '初中']]);
    const preview = await s.office.caller.call('imports.previewStudents', sheetOf(bytes));
    expect(preview.rows.map((r) => r.problems.map((p) => p.message))).toEqual([['与第3行重复'], ['与第2行重复']]);
  });

  it('is undone as a whole: the students it made removed, those it changed given their fields back', async () => {
    const s = await setup();
    const done = await importAll(s);
    const [record] = await s.office.caller.call('imports.list', {});
    expect(record).toMatchObject({ id: done.importId, fileName: '学生名单.xlsx', userName: '帮扶办李老师', created: 2, updated: 1, undoneAt: null, changedSince: [] });
    const students = count(s.b, 'students');
    const undone = await s.office.caller.call('imports.undo', { id: done.importId, reason: '选错了文件' });
    expect(undone).toMatchObject({ undoneByName: '帮扶办李老师', changedSince: [] });
    expect(count(s.b, 'students')).toBe(students - 2);
    expect((await s.office.caller.call('students.get', { id: s.x })).phone).toBe('13800000003');
    expect((await s.office.caller.fail('imports.undo', { id: done.importId, reason: '再撤一次' })).code).toBe('import_undone');
    const log = await s.admin.call('audit.list', { entity: 'import', entityId: done.importId });
    expect(log.rows.map((r) => r.action)).toEqual(['undo', 'import']);
  });

  it('is not undone once a student it made or changed has been changed since, or has records of their own', async () => {
    const s = await setup();
    const done = await importAll(s);
    const x = await s.office.caller.call('students.get', { id: s.x });
    await s.office.caller.call('students.update', { ...s.studentInput({ name: x.name, idNumber: x.idNumber, birthDate: x.birthDate, gender: x.gender, phone: '13700000000' }), id: s.x, version: x.version });
    expect((await s.office.caller.call('imports.list', {}))[0].changedSince).toEqual(['黄小明']);
    expect((await s.office.caller.fail('imports.undo', { id: done.importId, reason: '撤销' })).message).toBe('导入后，黄小明等学生的记录已有改动，不能整批撤销：请在相应页面逐个处理');

    const t = await setup();
    const made = await importAll(t);
    const [jia] = (await t.office.caller.call('students.list', { q: '甲' })).rows;
    await t.c1.caller.call('checkins.save', { studentId: jia.id, month: '2026-10', date: '2026-10-15', method: 'phone', risk: 'normal', help: [] });
    const students = count(t.b, 'students');
    expect((await t.office.caller.fail('imports.undo', { id: made.importId, reason: '撤销' })).message).toBe('甲在导入后已有月度监测、资助等记录，不能整批撤销');
    expect(count(t.b, 'students')).toBe(students);
  });
});

/** Imports the sheet's records without problems, as the page does after a preview. */
async function importAll(s: Awaited<ReturnType<typeof setup>>) {
  const sheet = sheetOf(s.bytes);
  const preview = await s.office.caller.call('imports.previewStudents', sheet);
  const seen = preview.rows.filter((r) => r.studentId !== null).map((r) => ({ studentId: r.studentId!, version: r.version! }));
  return s.office.caller.call('imports.importStudents', { ...sheet, seen });
}
