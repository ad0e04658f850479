import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import type { BankFile, BankTemplate } from '../../electron/contract/allowanceBankFiles';
import i18next from '../../renderer/i18n';
import { fieldLabel, formatValue, recordLink } from '../../renderer/settings/audit/auditLabels';
import { forward, payOut, setup, type Setup } from '../support/allowances';
import { Caller } from '../support/backend';

const ACCOUNT_A = '6228480012345678901';
const ACCOUNT_B = '6217002870012345678';

/** Two students of 24汽修1班 with their own accounts, and their 生活补贴 for November paid. */
async function paidNovember() {
  const s = await setup();
  const huang = await s.student({ name: '黄小明', bankAccount: ACCOUNT_A, bankName: '中国农业银行田东支行' });
  const li = await s.student({ name: '李芳', bankAccount: ACCOUNT_B, bankName: '中国建设银行百色分行' });
  const november = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
  await payOut(s, november.id);
  return { ...s, huang, li, november };
}

const generic = async (s: Setup) => (await s.finance.caller.call('bankTemplates.list', {})).find((t) => t.name === '通用模板')!;

const bytesOf = (file: BankFile) => Buffer.from(file.base64, 'base64');

/** The first sheet as rows of cells, each cell as SheetJS reads it back. */
function sheetOf(file: BankFile) {
  const book = XLSX.read(bytesOf(file), { type: 'buffer', cellNF: true });
  const sheet = book.Sheets[book.SheetNames[0]];
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  const rows: (XLSX.CellObject | undefined)[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: (XLSX.CellObject | undefined)[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) row.push(sheet[XLSX.utils.encode_cell({ r, c })]);
    rows.push(row);
  }
  return rows;
}

const template = (overrides: Partial<Omit<BankTemplate, 'id' | 'version' | 'createdAt' | 'updatedAt'>> = {}) => ({
  name: '农行代发',
  columns: ['account', 'accountName', 'amount', 'idNumber', 'note'] as BankTemplate['columns'],
  format: 'text' as const,
  separator: 'pipe' as const,
  encoding: 'gbk' as const,
  headerRow: true,
  totalRow: true,
  purpose: '',
  active: true,
  ...overrides,
});

describe('the bank file (代发文件) of a batch', () => {
  it('lays out the generic template as a plain sheet: whole accounts as text, amounts with two decimals, the count and total to check', async () => {
    const s = await paidNovember();
    const file = await s.finance.caller.call('allowances.bankFile', { batchId: s.november.id, templateId: (await generic(s)).id });
    expect(file).toMatchObject({
      fileName: `${s.november.batchNo}_生活补贴_2026-11_代发.xlsx`,
      rows: 2,
      lineCount: 2,
      totalFen: 60_000,
      left: [],
      templateName: '通用模板',
    });
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');

    const rows = sheetOf(file);
    expect(rows.map((r) => r.map((c) => c?.v))).toEqual([
      ['户名', '账号', '金额', '用途'],
      ['黄小明', ACCOUNT_A, '300.00', '生活补贴2026-11'],
      ['李芳', ACCOUNT_B, '300.00', '生活补贴2026-11'],
    ]);
    // Text cells formatted as text: Excel keeps all 19 digits (as a number it keeps 15).
    for (const row of rows.slice(1)) expect(row[1]).toMatchObject({ t: 's', z: '@' });
    const total = rows.slice(1).reduce((fen, r) => fen + Math.round(Number(r[2]!.v) * 100), 0);
    expect(total).toBe((await s.batch(s.november.id)).totalFen);
  });

  it('writes a text template in GBK with its separator, CRLF line ends, a header and a 合计 line', async () => {
    const s = await paidNovember();
    const made = await s.finance.caller.call('bankTemplates.create', template());
    const file = await s.finance.caller.call('allowances.bankFile', { batchId: s.november.id, templateId: made.id });
    expect(file.fileName).toBe(`${s.november.batchNo}_生活补贴_2026-11_代发.txt`);
    expect(file.mimeType).toBe('text/plain;charset=gbk');
    const bytes = bytesOf(file);
    // GBK's two bytes for 黄, not UTF-8's three
    expect(bytes.includes(Buffer.from([0xbb, 0xc6]))).toBe(true);
    expect(bytes.includes(Buffer.from('黄', 'utf8'))).toBe(false);
    const text = iconv.decode(bytes, 'gbk');
    const idOf = (id: number) => (s.b.opened.sqlite.prepare('SELECT id_number AS n FROM students WHERE id = ?').get(id) as { n: string }).n;
    const ids = [s.huang, s.li].map(idOf);
    expect(text.split('\r\n')).toEqual([
      '账号|户名|金额|身份证号|备注',
      `${ACCOUNT_A}|黄小明|300.00|${ids[0]}|${s.november.batchNo}`,
      `${ACCOUNT_B}|李芳|300.00|${ids[1]}|${s.november.batchNo}`,
      '合计2笔||600.00||',
      '',
    ]);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);

    // The same in UTF-8, tab-separated, without header or total.
    const utf8 = await s.finance.caller.call(
      'bankTemplates.create',
      template({ name: 'UTF-8', separator: 'tab', encoding: 'utf8', headerRow: false, totalRow: false }),
    );
    const plain = await s.finance.caller.call('allowances.bankFile', { batchId: s.november.id, templateId: utf8.id });
    expect(bytesOf(plain).toString('utf8').split('\r\n')[0]).toBe(`${ACCOUNT_A}\t黄小明\t300.00\t${ids[0]}\t${s.november.batchNo}`);
  });

  it('refuses a text file that cannot hold a value as it is, naming the student', async () => {
    const s = await setup();
    // 𠮷 is outside GBK (a GB 18030 extension character): as '?' the bank would pay nobody of that name.
    await s.student({ name: '王𠮷', bankAccount: '6228480099999999999' });
    const huang = await s.student({ name: '黄小明', bankAccount: ACCOUNT_A });
    const { id: batchId } = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
    await payOut(s, batchId);
    const gbk = await s.finance.caller.call('bankTemplates.create', template());
    expect((await s.finance.caller.fail('allowances.bankFile', { batchId, templateId: gbk.id })).fields).toMatchObject([
      { field: 'templateId', message: '王𠮷的户名含有 GBK 编码无法表示的字“𠮷”。请改用 UTF-8 或 xlsx 的模板' },
    ]);
    const utf8 = await s.finance.caller.call('bankTemplates.create', template({ name: 'UTF-8', encoding: 'utf8' }));
    expect(bytesOf(await s.finance.caller.call('allowances.bankFile', { batchId, templateId: utf8.id })).toString('utf8')).toContain('|王𠮷|300.00|');

    s.b.opened.sqlite.prepare('UPDATE students SET bank_name = ? WHERE id = ?').run('农行,田东支行', huang);
    const comma = await s.finance.caller.call(
      'bankTemplates.create',
      template({ name: '逗号', columns: ['accountName', 'account', 'amount', 'bankName'], separator: 'comma' }),
    );
    expect((await s.finance.caller.fail('allowances.bankFile', { batchId, templateId: comma.id })).fields?.[0].message).toBe(
      '黄小明的开户行含有分隔符“逗号 ,”，文本文件无法表示。请修改该生信息，或改用其他分隔符或 xlsx 的模板',
    );
  });

  it('pays each student the net of their lines: a reversal deducts, and nothing left to pay leaves them out with why', async () => {
    const s = await setup();
    const a = await s.student({ name: '甲', bankAccount: ACCOUNT_A });
    const b = await s.student({ name: '乙', bankAccount: ACCOUNT_B });
    const c = await s.student({ name: '丙', bankAccount: '6228480011111111111' });
    const living = s.policy('生活补贴').id;
    const october = await s.finance.caller.call('allowances.createBatch', { policyId: living, period: '2026-10', notes: '' });
    await payOut(s, october.id);
    const paid = (await s.batch(october.id)).lines;
    const november = await s.finance.caller.call('allowances.createBatch', { policyId: living, period: '2026-11', notes: '' });
    const reverse = async (studentId: number, amountFen: number) => {
      const { version } = await s.batch(november.id);
      const lineId = paid.find((l) => l.studentId === studentId)!.id;
      await s.finance.caller.call('allowances.addReversal', { batchId: november.id, version, lineId, amountFen, reason: '十月多发' });
    };
    await reverse(a, 10_000);
    await reverse(b, 30_000);
    await forward(s, s.finance.caller, november.id, 'submit');
    await forward(s, s.office.caller, november.id, 'review');
    await forward(s, s.office.caller, november.id, 'approve');
    // 丙 changed to a card in another's name after approval: the bank would refuse it.
    s.b.opened.sqlite.prepare('UPDATE students SET bank_account_name = ? WHERE id = ?').run('丙父', c);

    const file = await s.finance.caller.call('allowances.bankFile', { batchId: november.id, templateId: (await generic(s)).id });
    expect((await s.batch(november.id)).totalFen).toBe(30_000 - 10_000 + 30_000 - 30_000 + 30_000);
    expect(file).toMatchObject({ lineCount: 1, totalFen: 20_000 });
    expect(file.left).toEqual([
      { studentId: c, name: '丙', className: '24汽修1班', netFen: 30_000, reason: 'account_name' },
      { studentId: b, name: '乙', className: '24汽修1班', netFen: 0, reason: 'nothing_to_pay' },
    ]);
    expect(sheetOf(file).slice(1).map((r) => r.map((cell) => cell?.v))).toEqual([['甲', ACCOUNT_A, '200.00', '生活补贴2026-11']]);
  });

  it('refuses a batch not yet approved, a waiver, a template out of use, and whoever may not pay; nothing is logged', async () => {
    const s = await paidNovember();
    const templateId = (await generic(s)).id;
    const draft = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('交通补贴').id, period: '2026', notes: '' });
    expect((await s.finance.caller.fail('allowances.bankFile', { batchId: draft.id, templateId })).fields).toMatchObject([
      { field: 'batchId', message: '批次当前为“草稿”，审批后才能生成代发文件' },
    ]);
    await forward(s, s.finance.caller, draft.id, 'submit');
    expect((await s.admin.fail('allowances.bankFile', { batchId: draft.id, templateId })).fields?.[0].message).toBe('批次当前为“已提交”，审批后才能生成代发文件');

    const waiver = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('免学费').id, period: '2026', notes: '' });
    await payOut(s, waiver.id);
    expect((await s.finance.caller.fail('allowances.bankFile', { batchId: waiver.id, templateId })).fields?.[0].message).toBe('“免学费”是减免项目，不发放资金，没有代发文件');

    expect((await s.office.caller.fail('allowances.bankFile', { batchId: s.november.id, templateId })).code).toBe('forbidden');
    expect((await s.viewer.caller.fail('allowances.bankFile', { batchId: s.november.id, templateId })).code).toBe('forbidden');

    const { id, version, createdAt: _c, updatedAt: _u, ...fields } = await generic(s);
    await s.finance.caller.call('bankTemplates.update', { ...fields, id, version, active: false });
    expect((await s.finance.caller.fail('allowances.bankFile', { batchId: s.november.id, templateId })).fields).toMatchObject([
      { field: 'templateId', message: '银行模板“通用模板”已停用，请选择其他模板或先启用它' },
    ]);
    expect(s.b.opened.sqlite.prepare(`SELECT count(*) AS n FROM audit_log WHERE action = 'bank_file'`).get()).toEqual({ n: 0 });
  });

  it('logs who took the file of which batch, by which template, how many payments and the total, and no account digits', async () => {
    const s = await paidNovember();
    const templateId = (await generic(s)).id;
    await s.admin.call('allowances.bankFile', { batchId: s.november.id, templateId });
    const entries = s.b.opened.sqlite
      .prepare(`SELECT user_id, entity, entity_id, after FROM audit_log WHERE action = 'bank_file'`)
      .all() as { after: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ entity: 'allowance_batch', entity_id: s.november.id });
    expect(JSON.parse(entries[0].after)).toEqual({ templateId, templateName: '通用模板', rows: 2, totalFen: 60_000, leftOut: 0 });
    const log = JSON.stringify(await s.admin.call('audit.list', { entity: 'allowance_batch', entityId: s.november.id }));
    expect(log).toContain('"action":"bank_file"');
    for (const account of [ACCOUNT_A, ACCOUNT_B]) expect(log).not.toContain(account.slice(-6));
  });
});

describe('bank templates (银行模板)', () => {
  it('come with the generic one: 户名, 账号, 金额, 用途 in an xlsx with a header and no total', async () => {
    const s = await setup();
    expect(await s.office.caller.call('bankTemplates.list', {})).toMatchObject([
      {
        name: '通用模板',
        columns: ['accountName', 'account', 'amount', 'purpose'],
        format: 'xlsx',
        separator: null,
        headerRow: true,
        totalRow: false,
        purpose: '{policy}{period}',
        active: true,
      },
    ]);
  });

  it('refuse at the field a template without the account or amount column, a column twice, a text file without separator, a name taken', async () => {
    const s = await setup();
    const create = (overrides: Parameters<typeof template>[0]) => s.finance.caller.fail('bankTemplates.create', template(overrides));
    expect((await create({ columns: ['accountName', 'amount'] })).fields).toEqual([{ field: 'columns', message: '银行模板必须包含账号和金额两列' }]);
    expect((await create({ columns: ['account', 'purpose'] })).fields).toEqual([{ field: 'columns', message: '银行模板必须包含账号和金额两列' }]);
    expect((await create({ columns: ['account', 'amount', 'account'] })).fields).toEqual([{ field: 'columns', message: '每一列只能选一次' }]);
    expect((await create({ separator: null })).fields).toEqual([{ field: 'separator', message: '文本文件须选择分隔符' }]);
    expect((await create({ purpose: '{policy}{month}' })).fields?.[0].message).toBe('用途中只能使用 {policy}（资助项目）、{period}（期间）和 {batchNo}（批次号）');
    expect((await create({ purpose: '生活|补贴' })).fields?.[0]).toMatchObject({ field: 'purpose', message: '用途中不能含有所选的分隔符' });
    expect((await create({ name: '通用模板' })).fields).toMatchObject([{ field: 'name', message: '名称“通用模板”已存在' }]);
    // An xlsx needs no separator.
    await s.finance.caller.call('bankTemplates.create', template({ format: 'xlsx', separator: null }));
    const en = await new Caller(s.b.backend, s.finance.caller.token, 'en').envelope('bankTemplates.create', template({ columns: ['amount'] }));
    expect(!en.ok && en.error.fields).toMatchObject([{ field: 'columns', message: 'A bank template needs both the account number and the amount columns' }]);
  });

  it('are kept by finance and administrators, read by the office, and not seen by counsellors or leaders', async () => {
    const s = await setup();
    expect((await s.office.caller.fail('bankTemplates.create', template())).code).toBe('forbidden');
    expect((await s.c1.caller.fail('bankTemplates.list', {})).code).toBe('forbidden');
    expect((await s.viewer.caller.fail('bankTemplates.list', {})).code).toBe('forbidden');
    const made = await s.admin.call('bankTemplates.create', template());
    expect(made).toMatchObject({ version: 1, columns: ['account', 'accountName', 'amount', 'idNumber', 'note'] });
  });

  it('save only over the version read, and log their columns as the file’s header words', async () => {
    const s = await setup();
    const { createdAt: _c, updatedAt: _u, ...made } = await s.finance.caller.call('bankTemplates.create', template());
    const saved = await s.finance.caller.call('bankTemplates.update', { ...made, columns: ['accountName', 'account', 'amount'], totalRow: false });
    expect(saved).toMatchObject({ version: 2, columns: ['accountName', 'account', 'amount'], totalRow: false });
    expect((await s.admin.fail('bankTemplates.update', { ...made, name: '改名' })).code).toBe('conflict');
    const rows = s.b.opened.sqlite
      .prepare(`SELECT action, before, after FROM audit_log WHERE entity = 'bank_template' ORDER BY id`)
      .all() as { action: string; before: string | null; after: string }[];
    expect(rows.map((r) => r.action)).toEqual(['create', 'update']);
    expect(JSON.parse(rows[0].after)).toMatchObject({ name: '农行代发', columnNames: ['账号', '户名', '金额', '身份证号', '备注'], separator: 'pipe' });
    expect(JSON.parse(rows[1].before!)).toEqual({ columnNames: ['账号', '户名', '金额', '身份证号', '备注'], totalRow: true });
    expect(JSON.parse(rows[1].after)).toEqual({ columnNames: ['户名', '账号', '金额'], totalRow: false });
  });
});

describe('the audit log’s words for bank files and templates', () => {
  it('label their fields and show their codes in words', async () => {
    await i18next.changeLanguage('zh-CN');
    const format = (entity: string, key: string, v: unknown) =>
      formatValue({ entity, t: i18next.getFixedT(null, 'settings'), tc: i18next.getFixedT(null, 'common'), names: {} }, key, v);
    expect(['columnNames', 'format', 'separator', 'encoding', 'totalRow'].map((k) => fieldLabel('bank_template', k))).toEqual([
      '列',
      '文件类型',
      '分隔符',
      '编码',
      '末行为合计（笔数和总金额）',
    ]);
    expect([format('bank_template', 'format', 'text'), format('bank_template', 'separator', 'tab'), format('bank_template', 'columnNames', ['户名', '账号'])]).toEqual([
      '文本文件（.txt）',
      '制表符（Tab）',
      '户名、账号',
    ]);
    expect(['templateName', 'rows', 'leftOut'].map((k) => fieldLabel('allowance_batch', k))).toEqual(['银行模板', '代发笔数', '未列入人数']);
    expect(recordLink({ entity: 'bank_template', entityId: 1, entityName: '通用模板' })).toBe('/allowances/banks');
  });
});
