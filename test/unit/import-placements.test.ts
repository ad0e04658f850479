import type Database from 'better-sqlite3';
import * as XLSX from 'xlsx';
import { describe, expect, it } from 'vitest';
import { PLACEMENT_IMPORT_FIELDS, type PlacementSheet } from '../../electron/contract/importPlacements';
import type { PlacementInput } from '../../electron/contract/placements';
import { seedRegister, testBackend } from '../support/backend';
import { makeIdNumber } from '../support/fixtures';
import { sheetFrom, workbookOf } from '../support/importSheet';

/**
 * Today is 2026-11-23; the graduates graduated on 2026-07-01 (寅 结业), 丁 is still in school. 乙 and 丙 have placements: the
 * sheet changes 乙's post and salary and repeats 丙's as it is; 甲 and 寅 are new; every other row is wrong in one way.
 */
async function setup() {
  const b = testBackend();
  const s = await seedRegister(b);
  const office = s.office.caller;
  const company = await office.call('companies.create', {
    name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '装备制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '',
  });
  const person = async (name: string, event: 'graduate' | 'complete' | null = 'graduate') => {
    const input = s.studentInput({ name, enrolmentDate: '2023-09-01', expectedGraduation: '2026-07' });
    const { id } = await office.call('students.create', input);
    if (event) {
      const { version } = await office.call('students.get', { id });
      await office.call('students.changeStatus', { id, version, event, date: '2026-07-01', reason: '学业期满' });
    }
    return { id, name, idNumber: input.idNumber };
  };
  const p: Record<string, Awaited<ReturnType<typeof person>>> = {};
  for (const name of ['甲', '乙', '丙', '戊', '己', '庚', '辛', '壬', '癸', '子', '丑']) p[name] = await person(name);
  p.丁 = await person('丁', null);
  p.寅 = await person('寅', 'complete');
  const place = (studentId: number, fields: Partial<PlacementInput>) =>
    office.call('placements.save', {
      studentId, outcome: 'contract', companyId: company.id, industry: '装备制造', position: '装配技术员', province: '广东', city: '深圳', destination: null,
      relatedToMajor: true, startDate: '2026-07-10', monthlySalaryFen: 560_000, contractKind: 'fixed', socialInsurance: true, channel: 'school', notes: '',
      version: null, ...fields,
    });
  const yi = await place(p.乙.id, {});
  const blank = { companyId: null, industry: '', position: '', province: '', city: '', monthlySalaryFen: null, contractKind: null, channel: null };
  await place(p.丙.id, { ...blank, outcome: 'further_study' });

  const row = (n: number | string, who: { name: string; idNumber: string }, ...cells: unknown[]) => [n, who.name, who.idNumber, ...cells];
  const bytes = workbookOf(
    [
      ['2026届毕业生就业情况统计表'],
      HEADERS,
      row(1, p.甲, '就业', '深圳市汇川技术 股份有限公司', '装配技术员', '深圳', '5,200.00', '2026-07-15', '是', '已签', '是', '学校推荐', '', ''),
      row(2, p.乙, '就业', '', '设备维护员', '', 6000),
      row(3, p.丙, '升学', '', '', '', '', '', '', '', '', '', '其他'),
      row(4, p.丁, '就业', '深圳市汇川技术股份有限公司'),
      row(5, { name: '无名', idNumber: makeIdNumber('451022', '20050101', 901) }, '升学'),
      row(6, { name: '戊二', idNumber: p.戊.idNumber }, '升学'),
      row(7, p.己, '就业'),
      row(8, p.庚, '灵活就业', '比亚迪（深圳）有限公司', '质检员', '深圳'),
      row(9, p.辛, '就业', '深圳市汇川技术股份有限公司', '', '', '', '2026-13-01'),
      row(10, p.壬, '就业', '深圳市汇川技术股份有限公司', '', '', '', '2026-12-01'),
      row(11, p.癸, '出差', '', '', '', '五千'),
      row(12, p.子, '升学'),
      row(13, p.子, '参军'),
      row(14, p.丑, '升学', '', '', '', '', '', '', '', '', '', '', '示例，导入前请删除'),
      row(15, p.寅, '自主创业', '', '', '百色'),
      ['合计', '15人'],
    ],
    '2026届',
  );
  return { ...s, b, p, company, yi, bytes };
}

const HEADERS = ['序号', '姓名', '身份证号码', '就业去向', '工作单位', '岗位', '就业城市', '月薪', '入职时间', '专业对口', '签订劳动合同', '社保', '就业渠道', '流向', '备注'];

const sheetOf = (bytes: Uint8Array, extra: Partial<PlacementSheet> = {}, fileName = '2026届就业情况.xlsx'): PlacementSheet => ({
  ...sheetFrom(bytes, PLACEMENT_IMPORT_FIELDS, fileName),
  createMissing: false,
  ...extra,
});

const count = (b: { opened: { sqlite: Database.Database } }, table: string) =>
  (b.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

type Setup = Awaited<ReturnType<typeof setup>>;
type Cfb = { read(d: Buffer, o: object): unknown; find(z: unknown, p: string): { content: Uint8Array } | null };

/** Imports the sheet's records without problems, as the page does after a preview. */
async function importAll(s: Setup, extra: Partial<PlacementSheet> = {}) {
  const sheet = sheetOf(s.bytes, extra);
  const preview = await s.office.caller.call('imports.previewPlacements', sheet);
  const seen = preview.rows.flatMap((r) => (r.status === 'update' ? [{ studentId: r.studentId!, version: r.version! }] : []));
  return s.office.caller.call('imports.importPlacements', { ...sheet, seen });
}

describe('importing graduates’ placements from a workbook', () => {
  it('previews each record as new, update, unchanged or refused, naming the row, the column and why', async () => {
    const s = await setup();
    const preview = await s.office.caller.call('imports.previewPlacements', sheetOf(s.bytes));
    expect(preview.counts).toEqual({ new: 2, update: 1, unchanged: 1, error: 11 });
    const at = (line: number) => preview.rows.find((r) => r.line === line)!;
    expect(at(3)).toMatchObject({ status: 'new', name: '甲', studentId: s.p.甲.id, version: null, problems: [] });
    expect(at(3).changes).toEqual([
      { field: 'outcome', header: '就业去向', before: '', after: '就业（签订劳动合同）' },
      { field: 'company', header: '工作单位', before: '', after: '深圳市汇川技术股份有限公司' },
    ]);
    expect(at(4)).toMatchObject({ status: 'update', studentId: s.p.乙.id, version: s.yi.version });
    expect(at(5)).toMatchObject({ status: 'unchanged', changes: [], problems: [] });
    expect(at(17)).toMatchObject({ status: 'new', name: '寅' });
    const problems = (line: number) => at(line).problems.map((p) => [p.header, p.message]);
    expect(problems(6)).toEqual([['就业去向', '该生当前为“在读”：毕业或结业后才能登记就业去向']]);
    expect(problems(7)).toEqual([['身份证号码', '登记册中没有这个身份证号']]);
    expect(problems(8)).toEqual([['姓名', '登记册中这个身份证号是戊的：请核对身份证号和姓名']]);
    expect(problems(9)).toEqual([['工作单位', '必填']]);
    expect(problems(10)).toEqual([['工作单位', '企业名录中没有“比亚迪（深圳）有限公司”：可勾选“同时新建”在导入时新建']]);
    expect(problems(11)).toEqual([['入职时间', '不是有效日期：可写 2019-09-01、2019/9/1、2019年9月1日']]);
    expect(problems(12)).toEqual([['入职时间', '日期不能晚于今天（2026-11-23）']]);
    expect(problems(13)).toEqual([
      ['就业去向', '“出差”不是可选的值，可选：就业（签订劳动合同）、灵活就业、自主创业、升学、参军、出国、未就业、其他'],
      ['月薪', '“五千”不是金额'],
    ]);
    expect(problems(14)).toEqual([['身份证号码', '与第15行重复']]);
    expect(problems(15)).toEqual([['身份证号码', '与第14行重复']]);
    expect(problems(16)).toEqual([['备注', '这是模板里的示例行：请删除后再导入']]);
    expect(at(16).idNumber).toBe(`${s.p.丑.idNumber.slice(0, 4)}**********${s.p.丑.idNumber.slice(-4)}`);
    expect(preview.missingCompanies).toEqual(['比亚迪（深圳）有限公司']);
    expect((await s.c1.caller.fail('imports.previewPlacements', sheetOf(s.bytes))).code).toBe('forbidden');
  });

  it('makes the missing employers first when asked, in the preview only inside a transaction it rolls back', async () => {
    const s = await setup();
    const logged = count(s.b, 'audit_log');
    const preview = await s.office.caller.call('imports.previewPlacements', sheetOf(s.bytes, { createMissing: true }));
    expect(preview.counts).toEqual({ new: 3, update: 1, unchanged: 1, error: 10 });
    expect(preview.rows.find((r) => r.line === 10)!.changes.map((c) => c.after)).toEqual(['灵活就业', '比亚迪（深圳）有限公司']);
    // Still listed, so the page keeps the box ticked and says what will be made.
    expect(preview.missingCompanies).toEqual(['比亚迪（深圳）有限公司']);
    expect([count(s.b, 'companies'), count(s.b, 'placements'), count(s.b, 'audit_log')]).toEqual([1, 2, logged]);
  });

  it('imports the records without problems in one step, and the outcome statistics count them', async () => {
    const s = await setup();
    const stats = async () => (await s.office.caller.call('placements.outcomes', { by: 'graduationYear' })).rows.find((r) => r.key === '2026')!.figures;
    const before = await stats();
    const done = await importAll(s, { createMissing: true });
    expect(done).toMatchObject({ created: 3, updated: 1, unchanged: 1, skipped: 10 });

    const placed = (who: { id: number }) => s.office.caller.call('placements.ofStudent', { studentId: who.id });
    expect(await placed(s.p.甲)).toMatchObject({
      outcome: 'contract', companyId: s.company.id, companyName: '深圳市汇川技术股份有限公司', position: '装配技术员', city: '深圳', destination: 'shenzhen',
      destinationSetByHand: false, relatedToMajor: true, startDate: '2026-07-15', monthlySalaryFen: 520_000, contractKind: 'fixed', socialInsurance: true,
      channel: 'school', version: 1,
    });
    expect(await placed(s.p.乙)).toMatchObject({ position: '设备维护员', monthlySalaryFen: 600_000, startDate: '2026-07-10', version: 2 });
    expect(await placed(s.p.寅)).toMatchObject({ outcome: 'self_employed', city: '百色', destination: 'other', relatedToMajor: false });
    const byd = await placed(s.p.庚);
    expect(byd).toMatchObject({ outcome: 'flexible', companyName: '比亚迪（深圳）有限公司' });
    const [made] = (await s.office.caller.call('companies.list', { q: '比亚迪' })).rows;
    expect(made).toMatchObject({ id: byd!.companyId, city: '深圳', industry: '' });

    expect(s.b.opened.sqlite.prepare('SELECT action, count(*) AS n FROM imported_placements GROUP BY action ORDER BY action').all()).toEqual([
      { action: 'create', n: 3 },
      { action: 'update', n: 1 },
    ]);
    expect((await s.admin.call('audit.list', { entity: 'import' })).rows.map((r) => r.action)).toEqual(['import']);
    expect((await s.admin.call('audit.list', { entity: 'company', entityId: made.id })).rows.map((r) => r.action)).toEqual(['create']);

    const after = await stats();
    expect([after.employed.n - before.employed.n, before.unrecorded.n - after.unrecorded.n, after.contract.n - before.contract.n]).toEqual([3, 3, 1]);
  });

  it('shows an update as old → new in words, and writes nothing when the placement changed after the preview', async () => {
    const s = await setup();
    const sheet = sheetOf(s.bytes);
    const preview = await s.office.caller.call('imports.previewPlacements', sheet);
    const update = preview.rows.find((r) => r.status === 'update')!;
    expect(update.changes.map((c) => `${c.header}：${c.before} → ${c.after}`).sort()).toEqual(['岗位：装配技术员 → 设备维护员', '月薪：¥5,600.00 → ¥6,000.00']);
    const seen = preview.rows.flatMap((r) => (r.status === 'update' ? [{ studentId: r.studentId!, version: r.version! }] : []));

    const yi = (await s.office.caller.call('placements.ofStudent', { studentId: s.p.乙.id }))!;
    await s.c1.caller.call('placements.save', { ...fieldsOf(yi), notes: '电话核实', version: yi.version });
    const refused = await s.office.caller.fail('imports.importPlacements', { ...sheet, seen });
    expect(refused).toMatchObject({ code: 'import_changed', message: '预览之后，第4行的乙的记录有变动，未导入任何数据。请重新预览后再导入' });
    expect([count(s.b, 'placements'), count(s.b, 'imports')]).toEqual([2, 0]);
  });

  it('is undone as a whole: the placements it recorded removed, those it changed given their fields back', async () => {
    const s = await setup();
    const done = await importAll(s);
    const [record] = await s.office.caller.call('imports.list', {});
    expect(record).toMatchObject({ id: done.importId, kind: 'placements', fileName: '2026届就业情况.xlsx', sheetName: '2026届', created: 2, updated: 1 });
    expect(record.changedSince).toEqual([]);
    const undone = await s.office.caller.call('imports.undo', { id: done.importId, reason: '选错了文件' });
    expect(undone).toMatchObject({ undoneByName: '帮扶办李老师' });
    expect(await s.office.caller.call('placements.ofStudent', { studentId: s.p.甲.id })).toBeNull();
    const yi = await s.office.caller.call('placements.ofStudent', { studentId: s.p.乙.id });
    expect(yi).toMatchObject({ position: '装配技术员', monthlySalaryFen: 560_000, version: 3 });
    expect(count(s.b, 'placements')).toBe(2);
  });

  it('is not undone once a placement it made or changed has been changed since, or has follow-ups', async () => {
    const s = await setup();
    const done = await importAll(s);
    const yi = (await s.office.caller.call('placements.ofStudent', { studentId: s.p.乙.id }))!;
    await s.office.caller.call('placements.save', { ...fieldsOf(yi), notes: '电话核实', version: yi.version });
    expect((await s.office.caller.call('imports.list', {}))[0].changedSince).toEqual(['乙']);
    expect((await s.office.caller.fail('imports.undo', { id: done.importId, reason: '撤销' })).message).toBe('导入后，乙等学生的记录已有改动，不能整批撤销：请在相应页面逐个处理');

    const t = await setup();
    const made = await importAll(t);
    const jia = (await t.office.caller.call('placements.ofStudent', { studentId: t.p.甲.id }))!;
    await t.office.caller.call('placementFollowUps.record', {
      placementId: jia.id, point: 3, doneOn: '2026-10-20', stillEmployed: true, sameEmployer: true, companyId: null, monthlySalaryFen: 520_000,
      changeReason: '', notes: '',
    });
    const refused = await t.office.caller.fail('imports.undo', { id: made.importId, reason: '撤销' });
    expect(refused).toMatchObject({ code: 'import_placement_followed_up', message: '甲的就业去向在导入后已有跟踪回访记录，不能整批撤销' });
    expect([count(t.b, 'placements'), (await t.office.caller.call('imports.list', {}))[0].undoneAt]).toEqual([4, null]);
  });

  it('gives a template the import reads back column by column, its examples refused', async () => {
    const s = await setup();
    const file = await s.office.caller.call('imports.template', { kind: 'placements' });
    expect(file.fileName).toBe('就业去向导入模板.xlsx');
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    expect(book.SheetNames).toEqual(['就业去向', '填写说明', '选项']);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['选项'], { header: 1 })).toEqual([['就业单位'], ['深圳市汇川技术股份有限公司']]);
    // Drop-downs: the codes in their rules, the directory's names on the hidden sheet (a new one allowed).
    const cfb = XLSX.CFB as unknown as Cfb;
    const xml = Buffer.from(cfb.find(cfb.read(Buffer.from(file.base64, 'base64'), { type: 'buffer' }), '/xl/worksheets/sheet1.xml')!.content).toString('utf8');
    const rules = [...xml.matchAll(/<dataValidation [^>]*sqref="([A-Z]+)2:[A-Z]+5001"[^>]*><formula1>([^<]*)</g)];
    expect(Object.fromEntries(rules.map(([, column, formula]) => [column, formula.replace(/&quot;/g, '"')]))).toEqual({
      C: '"就业（签订劳动合同）,灵活就业,自主创业,升学,参军,出国,未就业,其他"',
      D: "'选项'!$A$2:$A$2",
      I: '"留深,回乡,其他"',
      J: '"是,否"',
      M: '"固定期限,无固定期限,未签合同"',
      N: '"是,否"',
      O: '"学校推荐,自主求职,其他"',
    });
    const aoa = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['就业去向'], { header: 1, raw: false });
    expect(aoa[0]).toEqual(['姓名', '*身份证号', '*毕业去向', '就业单位', '行业', '岗位', '就业省份', '就业城市', '留深/回乡', '专业对口', '入职日期', '月薪（元）', '劳动合同', '社保', '就业渠道', '备注']);

    const template = sheetOf(new Uint8Array(Buffer.from(file.base64, 'base64')), {}, file.fileName);
    expect(Object.keys(template.headers).sort()).toEqual(PLACEMENT_IMPORT_FIELDS.map((f) => f.key).sort());
    const examples = await s.office.caller.call('imports.previewPlacements', template);
    expect(examples.rows.map((r) => [r.status, r.problems.map((p) => `${p.header}：${p.message}`)])).toEqual([
      ['error', ['备注：这是模板里的示例行：请删除后再导入']],
      ['error', ['备注：这是模板里的示例行：请删除后再导入']],
    ]);
    // An example's employer is no employer to make.
    expect(examples.missingCompanies).toEqual([]);

    // The office fills every column for a graduate of the register over the examples.
    aoa.splice(1, 2, [
      s.p.甲.name, s.p.甲.idNumber, '就业（签订劳动合同）', '深圳市汇川技术股份有限公司', '装备制造', '装配技术员', '广东', '东莞', '留深', '否', '2026/7/15', '4800',
      '无固定期限', '否', '自主求职', '补录',
    ]);
    const filled = await s.office.caller.call('imports.previewPlacements', sheetOf(workbookOf(aoa, '就业去向'), {}, file.fileName));
    expect(filled.rows.map((r) => [r.status, r.problems])).toEqual([['new', []]]);
    const done = await s.office.caller.call('imports.importPlacements', { ...sheetOf(workbookOf(aoa, '就业去向'), {}, file.fileName), seen: [] });
    expect(done.created).toBe(1);
    expect(await s.office.caller.call('placements.ofStudent', { studentId: s.p.甲.id })).toMatchObject({
      outcome: 'contract', companyId: s.company.id, industry: '装备制造', position: '装配技术员', province: '广东', city: '东莞',
      // 留深 for a job in 东莞 is not what the city says: kept as the office wrote it, set by hand.
      destination: 'shenzhen', destinationSetByHand: true,
      relatedToMajor: false, startDate: '2026-07-15', monthlySalaryFen: 480_000, contractKind: 'open', socialInsurance: false, channel: 'self', notes: '补录',
    });
  });
});

/** A placement as placements.save takes it back. */
function fieldsOf(p: PlacementInput & { destinationSetByHand: boolean }): PlacementInput {
  return {
    studentId: p.studentId, outcome: p.outcome, companyId: p.companyId, industry: p.industry, position: p.position, province: p.province, city: p.city,
    destination: p.destinationSetByHand ? p.destination : null, relatedToMajor: p.relatedToMajor, startDate: p.startDate, monthlySalaryFen: p.monthlySalaryFen,
    contractKind: p.contractKind, socialInsurance: p.socialInsurance, channel: p.channel, notes: p.notes,
  };
}
