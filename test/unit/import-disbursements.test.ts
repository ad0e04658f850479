import { describe, expect, it } from 'vitest';
import { DISBURSEMENT_IMPORT_FIELDS, type DisbursementSheet } from '../../electron/contract/importDisbursements';
import { setup as allowanceSetup } from '../support/allowances';
import { makeIdNumber } from '../support/fixtures';
import { sheetFrom, workbookOf } from '../support/importSheet';

const NAMES = { a: '甲', b: '乙', c: '丙', d: '丁', e: '己', f: '庚', g: '辛', h: '壬', i: '癸' } as const;
type Who = keyof typeof NAMES;
const ids = Object.fromEntries(Object.keys(NAMES).map((k, i) => [k, makeIdNumber('451022', `200803${String(10 + i)}`, 301 + i)])) as Record<Who, string>;
const UNKNOWN = makeIdNumber('451022', '20080713', 399);
const HEADERS = ['序号', '姓名', '身份证号', '班级', '银行卡号', '金额', '签名', '备注'];
const CARD = '6228480012345678901';

/** Today is 2026-11-23. A grant paid per term, at most 2,000 a year, 1,000 a term by its rate; nine students of the register. */
async function setup() {
  const s = await allowanceSetup();
  const student = (name: string, idNumber: string) => {
    const birthDate = `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`;
    return s.student({ name, idNumber, birthDate, gender: Number(idNumber[16]) % 2 ? 'M' : 'F' });
  };
  const students = {} as Record<Who, number>;
  for (const who of Object.keys(NAMES) as Who[]) students[who] = await student(NAMES[who], ids[who]);
  const policy = await s.office.caller.call('allowances.createPolicy', {
    name: '助学金',
    kind: 'cash',
    period: 'term',
    capFen: 200_000,
    eligibility: 'all',
    fundingSource: '中央和地方财政',
    noticeDays: 0,
    active: true,
    notes: '',
    amountFen: 100_000,
    effectiveFrom: '2020-09-01',
  });
  /** A 发放表 as the office keeps one: a title, the sheet's own columns, a 合计 line. */
  const sheet = (rows: unknown[][], period = '2025-1', fileName = '2025年秋季学期助学金发放表.xlsx'): DisbursementSheet => ({
    ...sheetFrom(workbookOf([['2025年秋季学期助学金发放表'], HEADERS, ...rows, ['合计', '', '', '', '', '']], '发放表'), DISBURSEMENT_IMPORT_FIELDS, fileName),
    policyId: policy.id,
    period,
    paidOn: '2026-01-15',
    bankRef: 'NH20260115001',
  });
  const count = (table: string) => (s.b.opened.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { ...s, students, policy, sheet, count };
}

type Setup = Awaited<ReturnType<typeof setup>>;
const line = (n: number, name: string, idNumber: unknown, amount: unknown, notes = '') => [n, name, idNumber, '24汽修1班', CARD, amount, '', notes];

/** 甲 1,500 and 乙 1,000 for the first term of 2025, paid on 15 January 2026. */
const FIRST = [line(1, '甲', ids.a, '¥1,500.00'), line(2, '乙', ids.b, '1000元')];

async function imported(s: Setup, rows = FIRST, period = '2025-1') {
  const sheet = s.sheet(rows, period);
  const done = await s.office.caller.call('imports.importDisbursements', sheet);
  return { sheet, done };
}

describe('importing past disbursement sheets', () => {
  it('previews each line as new, already there or refused, naming the row, the column and why, with the total of the new lines', async () => {
    const s = await setup();
    await imported(s, [line(1, '丙', ids.c, 800), line(2, '丁', ids.d, 1000)]);
    const preview = await s.office.caller.call(
      'imports.previewDisbursements',
      s.sheet([
        ...FIRST,
        line(3, '丙', ids.c, 1000),
        line(4, '丁', ids.d, 1000),
        line(5, '戊', UNKNOWN, 1000),
        line(6, '黄 大', ids.e, 500),
        line(7, '庚', ids.f, 0),
        line(8, '辛', ids.g, 'abc'),
        line(9, '壬', ids.h, ''),
        line(10, '癸', ids.i, 1000),
        line(11, '癸', ids.i.toLowerCase(), 1000),
        line(12, '黄小明', makeIdNumber('451022', '20090315', 13), '1000.00', '示例，导入前请删除'),
      ]),
    );
    expect(preview.counts).toEqual({ new: 2, update: 0, unchanged: 1, error: 9 });
    expect(preview.rows.map((r) => [r.line, r.status, r.problems.map((p) => `${p.header}：${p.message}`)])).toEqual([
      [3, 'new', []],
      [4, 'new', []],
      [5, 'error', ['金额：本期已在批次2026-0001中（已发放，800.00元）']],
      [6, 'unchanged', []],
      [7, 'error', ['身份证号：登记册中没有这个身份证号']],
      [8, 'error', ['姓名：登记册中这个身份证号是己的：请核对身份证号和姓名']],
      [9, 'error', ['金额：金额不能为 0']],
      [10, 'error', ['金额：“abc”不是金额']],
      [11, 'error', ['金额：必填']],
      [12, 'error', ['身份证号：与第13行重复']],
      [13, 'error', ['身份证号：与第12行重复']],
      [14, 'error', ['备注：这是模板里的示例行：请删除后再导入', '身份证号：登记册中没有这个身份证号']],
    ]);
    expect(preview.rows.slice(0, 2).map((r) => [r.name, r.idNumber, r.studentId, r.changes])).toEqual([
      ['甲', `4510**********${ids.a.slice(-4)}`, s.students.a, [{ field: 'amount', header: '金额', before: '', after: '¥1,500.00' }]],
      ['乙', `4510**********${ids.b.slice(-4)}`, s.students.b, [{ field: 'amount', header: '金额', before: '', after: '¥1,000.00' }]],
    ]);
    expect(preview.rows.every((r) => r.warnings.length === 0)).toBe(true);
    expect(preview.totalFen).toBe(250_000);
    expect((await s.c1.caller.fail('imports.previewDisbursements', s.sheet(FIRST))).code).toBe('forbidden');
  });

  it('warns, without refusing, of a line that takes the year over the policy’s cap', async () => {
    const s = await setup();
    await imported(s);
    const preview = await s.office.caller.call('imports.previewDisbursements', s.sheet([line(1, '甲', ids.a, 1000), line(2, '乙', ids.b, 1000)], '2025-2'));
    expect(preview.counts.new).toBe(2);
    expect(preview.rows.map((r) => r.warnings.map((w) => `${w.header}：${w.message}`))).toEqual([
      ['金额：本学年已发1,500.00元，加上这笔共2,500.00元，超过上限2,000.00元：历史记录照实导入，请核对'],
      [],
    ]);
  });

  it('refuses a policy that does not exist, a period not of the policy’s kind and a payment after today, at their fields', async () => {
    const s = await setup();
    const refused = await s.office.caller.fail('imports.previewDisbursements', { ...s.sheet(FIRST, '2025-09'), paidOn: '2026-11-24' });
    expect(refused.fields).toEqual([
      { field: 'period', message: '期间格式不对：按学期的项目应写作如 2026-1', params: { example: '2026-1' } },
      { field: 'paidOn', message: '日期不能晚于今天（2026-11-23）', params: { today: '2026-11-23' } },
    ]);
    const unknown = await s.office.caller.fail('imports.importDisbursements', { ...s.sheet(FIRST), policyId: 9999 });
    expect(unknown.fields?.map((f) => [f.field, f.message])).toEqual([['policyId', '所选的资助项目不存在，请重新选择']]);
    expect(s.count('allowance_batches')).toBe(0);
  });

  it('imports the new lines as one paid batch that the ledger, the yearly totals and the next proposal’s cap count', async () => {
    const s = await setup();
    const { done } = await imported(s);
    expect(done).toMatchObject({ created: 2, updated: 0, unchanged: 0, skipped: 0 });

    const [row] = await s.finance.caller.call('allowances.batches', { policyId: s.policy.id });
    expect(row).toMatchObject({ batchNo: '2026-0001', period: '2025-1', status: 'paid', lineCount: 2, totalFen: 250_000, preparedByName: '帮扶办李老师' });
    const batch = await s.batch(row.id);
    expect(batch).toMatchObject({ academicYear: 2025, paidOn: '2026-01-15', bankRef: 'NH20260115001', notes: '导入历史发放表：2025年秋季学期助学金发放表.xlsx' });
    expect(batch.steps.map((st) => [st.action, st.fromStatus, st.toStatus, st.userName, st.note])).toEqual([
      ['pay', 'draft', 'paid', '帮扶办李老师', '导入历史发放表：2025年秋季学期助学金发放表.xlsx'],
    ]);
    expect(batch.lines.map((l) => [l.name, l.amountFen, l.reason])).toEqual([
      ['甲', 150_000, ''],
      ['乙', 100_000, ''],
    ]);
    const record = s.b.opened.sqlite.prepare('SELECT kind, batch_id AS batchId, created FROM imports').get();
    expect(record).toEqual({ kind: 'disbursements', batchId: row.id, created: 2 });

    const ledger = await s.finance.caller.call('allowances.ledger', { studentId: s.students.a });
    expect(ledger.years.map((y) => [y.academicYear, y.policyName, y.givenFen, y.paidFen, y.remainingFen])).toEqual([[2025, '助学金', 150_000, 150_000, 50_000]]);
    expect(ledger.lines.map((l) => [l.batchNo, l.period, l.status, l.paidOn, l.amountFen])).toEqual([['2026-0001', '2025-1', 'paid', '2026-01-15', 150_000]]);

    const totals = await s.viewer.caller.call('allowances.totals', { by: 'policy', academicYear: 2025 });
    expect(totals.rows.map((r) => [r.label, r.students, r.lines, r.cashFen])).toEqual([['助学金', 2, 2, 250_000]]);

    // The second term pays the rate, but 甲 only what the year's cap leaves.
    const proposal = await s.finance.caller.call('allowances.propose', { policyId: s.policy.id, period: '2025-2' });
    const proposed = new Map(proposal.lines.map((l) => [l.name, l.amountFen]));
    expect([proposed.get('甲'), proposed.get('乙'), proposed.get('丙')]).toEqual([50_000, 100_000, 100_000]);
    // The same period again: those already paid are left out, naming the imported batch.
    const again = await s.finance.caller.call('allowances.propose', { policyId: s.policy.id, period: '2025-1' });
    expect(again.left.filter((l) => l.reason === 'already_in_batch').map((l) => [l.name, l.detail])).toEqual([
      ['甲', '2026-0001'],
      ['乙', '2026-0001'],
    ]);
  });

  it('takes the same file again as unchanged and writes nothing', async () => {
    const s = await setup();
    const { sheet } = await imported(s);
    const preview = await s.office.caller.call('imports.previewDisbursements', sheet);
    expect(preview.counts).toEqual({ new: 0, update: 0, unchanged: 2, error: 0 });
    expect(preview.totalFen).toBe(0);
    const before = ['allowance_batches', 'allowance_lines', 'imports', 'audit_log'].map(s.count);
    const refused = await s.office.caller.fail('imports.importDisbursements', sheet);
    expect(refused).toMatchObject({ code: 'import_nothing_new', message: '没有可导入的新发放记录：本期的记录都已在系统中，或都有问题' });
    expect(['allowance_batches', 'allowance_lines', 'imports', 'audit_log'].map(s.count)).toEqual(before);
    expect((await s.viewer.caller.call('allowances.totals', { by: 'academicYear', academicYear: 2025 })).total.cashFen).toBe(250_000);
  });

  it('undoes an import: its batch goes, and the paid totals with it', async () => {
    const s = await setup();
    await s.office.caller.call('imports.importDisbursements', s.sheet([line(1, '丙', ids.c, 500)], '2025-2'));
    const { done } = await imported(s);
    const totalOf = async () => (await s.viewer.caller.call('allowances.totals', { by: 'academicYear', academicYear: 2025 })).total;
    expect(await totalOf()).toMatchObject({ students: 3, lines: 3, cashFen: 300_000 });

    const undone = await s.office.caller.call('imports.undo', { id: done.importId, reason: '期间选错了' });
    expect(undone.undoneAt).not.toBeNull();
    expect(await totalOf()).toMatchObject({ students: 1, lines: 1, cashFen: 50_000 });
    expect((await s.finance.caller.call('allowances.batches', { policyId: s.policy.id })).map((b) => b.period)).toEqual(['2025-2']);
    expect((await s.finance.caller.call('allowances.ledger', { studentId: s.students.a })).lines).toEqual([]);
    expect(s.b.opened.sqlite.prepare('SELECT batch_id AS batchId FROM imports WHERE id = ?').get(done.importId)).toEqual({ batchId: null });
    expect(s.count('allowance_batch_steps')).toBe(1);
    const log = await s.admin.call('audit.list', { entity: 'allowance_batch' });
    expect(log.rows.map((r) => r.action)).toEqual(['delete', 'create', 'create']);
    // Imported again, it is new again.
    expect((await s.office.caller.call('imports.previewDisbursements', s.sheet(FIRST))).counts.new).toBe(2);
  });

  it('cannot undo once a line it imported has been reversed, nor once a bank file was made of its batch', async () => {
    const s = await setup();
    const { done } = await imported(s);
    const [paid] = await s.finance.caller.call('allowances.batches', { policyId: s.policy.id });
    const first = (await s.batch(paid.id)).lines.find((l) => l.name === '甲')!;
    const draft = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy.id, period: '2025-2', notes: '' });
    await s.finance.caller.call('allowances.addReversal', { batchId: draft.id, version: draft.version, lineId: first.id, amountFen: 50_000, reason: '多发' });
    const [record] = await s.office.caller.call('imports.list', {});
    expect(record.changedSince).toEqual(['甲']);
    const refused = await s.office.caller.fail('imports.undo', { id: done.importId, reason: '撤销' });
    expect(refused).toMatchObject({ code: 'import_changed_since', message: '导入后，甲等学生的记录已有改动，不能整批撤销：请在相应页面逐个处理' });
    expect(s.count('allowance_batches')).toBe(2);

    const t = await setup();
    const second = await imported(t);
    const [batch] = await t.finance.caller.call('allowances.batches', { policyId: t.policy.id });
    const template = (await t.finance.caller.call('bankTemplates.list', {})).find((x) => x.name === '通用模板')!;
    await t.finance.caller.call('allowances.bankFile', { batchId: batch.id, templateId: template.id });
    const used = await t.office.caller.fail('imports.undo', { id: second.done.importId, reason: '撤销' });
    expect(used).toMatchObject({ code: 'import_batch_used', message: '批次2026-0001导入后已生成过银行代发文件，不能整批撤销；金额有误的请在以后的批次中冲减' });
    expect(t.count('allowance_batches')).toBe(1);
  });

  it('offers a template of the four columns, 身份证号 as text, whose example rows the import refuses', async () => {
    const s = await setup();
    const file = await s.office.caller.call('imports.template', { kind: 'disbursements' });
    expect(file.fileName).toBe('历史发放表导入模板.xlsx');
    const read = sheetFrom(new Uint8Array(Buffer.from(file.base64, 'base64')), DISBURSEMENT_IMPORT_FIELDS, file.fileName);
    const sheet = { ...read, policyId: s.policy.id, period: '2025-1', paidOn: '2026-01-15', bankRef: '' };
    expect(sheet.headers).toEqual({ name: '姓名', idNumber: '*身份证号', amount: '*发放金额（元）', notes: '备注' });
    expect(sheet.rows.map((r) => r.cells.idNumber?.t)).toEqual(['s', 's']);
    const preview = await s.office.caller.call('imports.previewDisbursements', sheet);
    expect(preview.rows.map((r) => r.problems.map((p) => `${p.header}：${p.message}`))).toEqual([
      ['备注：这是模板里的示例行：请删除后再导入', '*身份证号：登记册中没有这个身份证号'],
      ['备注：这是模板里的示例行：请删除后再导入', '*身份证号：登记册中没有这个身份证号'],
    ]);
  });
});
