import * as XLSX from 'xlsx';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProgressColumns } from '../../electron/backend/reporting/columns';
import { ContractCaller } from '../../electron/backend/rpc/caller';
import { PROGRESS_COLUMNS } from '../../electron/contract/reportingColumns';
import { payOut, setup } from '../support/allowances';

/**
 * The 进展情况表's 列设置 and its workbook. Today is 2026-11-23; the year 2026 by hand:
 * 广西百色 (2024级): 甲 in school, 乙 graduated 2026-07-01 into a job, 丙 graduated with no placement
 * recorded, 丁 withdrew 2026-03-15: 在校生 1, 毕业生 2, 就业 1 (50%), 流失 1 of 4 in school at the start
 * (25%); 1,234.56 yuan of 临时困难补助 paid to 甲. 广东汕尾 has no one: zeros, rates over none (—).
 */
async function programme() {
  const s = await setup();
  const office = s.office.caller;
  const ids: Record<string, number> = {};
  for (const name of ['甲', '乙', '丙', '丁']) ids[name] = await s.student({ name, expectedGraduation: null });
  await office.call('projects.create', {
    name: '广东汕尾', partnerProvince: '广东', partnerCity: '汕尾', partnerCounty: '陆丰市', partnerSchool: '陆丰市技工学校',
    agreementDate: '2014-06-01', model: '3+2', notes: '',
  });
  const change = async (name: string, event: 'graduate' | 'withdraw', date: string) => {
    const { version } = await office.call('students.get', { id: ids[name] });
    await office.call('students.changeStatus', { id: ids[name], version, event, date, reason: '学籍变动' });
  };
  await change('乙', 'graduate', '2026-07-01');
  await change('丙', 'graduate', '2026-07-01');
  await change('丁', 'withdraw', '2026-03-15');
  await office.call('placements.save', {
    studentId: ids['乙'], outcome: 'self_employed', companyId: null, industry: '', position: '', province: '广东', city: '深圳', destination: null,
    relatedToMajor: false, startDate: null, monthlySalaryFen: null, contractKind: null, socialInsurance: false, channel: null, notes: '', version: null,
  });
  const hardship = s.policy('临时困难补助');
  const { id } = await s.finance.caller.call('allowances.createBatch', { policyId: hardship.id, period: '2026-11-20', notes: '' });
  const { version } = await s.batch(id);
  await s.finance.caller.call('allowances.addLine', { batchId: id, version, studentId: ids['甲'], amountFen: 123_456, reason: '家庭困难' });
  await payOut(s, id);
  return { ...s, hardship };
}

type P = Awaited<ReturnType<typeof programme>>;
const CHOSEN = ['moneyFen', 'newStudents', 'graduates', 'employed', 'employmentRate', 'dropoutRate'] as const;

function auditRows(p: P, action: string) {
  const rows = p.b.opened.sqlite.prepare("SELECT before, after FROM audit_log WHERE entity = 'report' AND action = ? ORDER BY id").all(action);
  return (rows as { before: string | null; after: string }[]).map((r) => ({ before: r.before && JSON.parse(r.before), after: JSON.parse(r.after) }));
}

describe('the 进展情况表 columns setting', () => {
  let p: P;
  beforeAll(async () => {
    p = await programme();
  }, 60_000);

  it('is every column in the default order until one is chosen, for every reader', async () => {
    for (const who of [p.office, p.finance, p.viewer]) expect(await who.caller.call('reports.progressColumns', {})).toEqual([...PROGRESS_COLUMNS]);
    expect((await p.c1.caller.fail('reports.progressColumns', {})).code).toBe('forbidden');
  });

  it('refuses an empty set, a column twice, an unknown column, and anyone but the office and the administrator', async () => {
    const office = p.office.caller;
    expect((await office.fail('reports.setProgressColumns', { columns: [] })).fields?.[0]).toMatchObject({ field: 'columns', message: '必填' });
    expect((await office.fail('reports.setProgressColumns', { columns: ['graduates', 'inSchool', 'graduates'] })).fields?.[0]).toMatchObject({ field: 'columns' });
    expect((await office.fail('reports.setProgressColumns', { columns: ['graduates', 'salary'] })).fields?.[0].field).toMatch(/^columns/);
    for (const who of [p.c1, p.finance, p.viewer]) expect((await who.caller.fail('reports.setProgressColumns', { columns: ['graduates'] })).code).toBe('forbidden');
    expect(readProgressColumns(p.b.opened.db)).toEqual([...PROGRESS_COLUMNS]);
    expect(auditRows(p, 'update')).toEqual([]);
  });

  it('keeps the office’s choice in its order, for every reader, audited with what it was and what it became', async () => {
    const first = ['moneyFen', 'graduates', 'employmentRate'] as const;
    expect(await p.office.caller.call('reports.setProgressColumns', { columns: [...first] })).toEqual(first);
    expect(await p.viewer.caller.call('reports.progressColumns', {})).toEqual(first);
    expect(await p.admin.call('reports.setProgressColumns', { columns: [...CHOSEN] })).toEqual([...CHOSEN]);
    expect(readProgressColumns(p.b.opened.db)).toEqual([...CHOSEN]);

    const [once, twice] = auditRows(p, 'update');
    expect(once.before.columns).toHaveLength(PROGRESS_COLUMNS.length);
    expect(once.before.columns.slice(0, 3)).toEqual(['新招帮扶生', '其中建档立卡', '在校生']);
    expect(once.after).toEqual({ columns: ['资助金额（元）', '毕业生', '就业率(含升学)'] });
    expect(twice.before).toEqual(once.after);
    expect(twice.after.columns).toEqual(['资助金额（元）', '新招帮扶生', '毕业生', '其中就业/创业', '就业率(含升学)', '流失率']);
  });

  it('exports the table as chosen: merged group headings, numbers, percentages, yuan, the total, the money and the definitions', async () => {
    await p.office.caller.call('reports.setProgressColumns', { columns: [...CHOSEN] });
    const file = await p.finance.caller.call('reports.progressExport', { year: 2026 });
    expect(file.fileName).toMatch(/^技能脱贫千校行动进展情况表_2026_\d{8}-\d{4}\.xlsx$/);
    expect(file.rows).toBe(3);
    const book = XLSX.read(Buffer.from(file.base64, 'base64'));
    expect(book.SheetNames).toEqual(['进展情况表', '资助金额', '口径说明']);

    const table = book.Sheets['进展情况表'];
    const rows = XLSX.utils.sheet_to_json<unknown[]>(table, { header: 1, defval: null, raw: true });
    expect(rows[0][0]).toBe('技能脱贫千校行动进展情况表');
    expect(rows[1][0]).toContain('学校：深圳鹏城技师学院');
    expect(rows[1][0]).toContain('统计期间：2026-01-01 至 2026-11-23');
    expect(rows[1][0]).toContain('报表日期：2026-11-23');
    // Group headings over their runs: 资助 first, as chosen; 毕业生 over three columns; 流失 over its rate alone.
    expect(rows[2]).toEqual(['帮扶项目', '资助', '帮扶生', '毕业生', null, null, '流失']);
    expect(table['!merges']).toEqual(
      expect.arrayContaining([
        { s: { r: 2, c: 0 }, e: { r: 3, c: 0 } },
        { s: { r: 2, c: 3 }, e: { r: 2, c: 5 } },
      ]),
    );
    expect(rows[3]).toEqual([null, '资助金额（元）', '新招帮扶生', '毕业生', '其中就业/创业', '就业率(含升学)', '流失率']);
    expect(rows.slice(4)).toEqual([
      ['广东汕尾', 0, 0, 0, 0, '—', '—'],
      ['广西百色', 1234.56, 0, 2, 1, 0.5, 0.25],
      ['合计', 1234.56, 0, 2, 1, 0.5, 0.25],
    ]);
    // Typed cells: yuan with two decimals, rates as percentages, counts as numbers.
    expect(table['B6']).toMatchObject({ t: 'n', v: 1234.56, w: '1,234.56' });
    expect(table['F6']).toMatchObject({ t: 'n', v: 0.5, w: '50.0%' });
    expect(table['D7']).toMatchObject({ t: 'n', v: 2 });

    const money = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['资助金额'], { header: 1, defval: null, raw: true });
    expect(money).toContainEqual(['临时困难补助', p.hardship.fundingSource || '未填写', 1, 1234.56]);
    expect(money.filter((r) => r[0] === '合计')).toEqual([
      ['合计', null, 1, 1234.56],
      ['合计', 1, 1234.56, null],
    ]);
    const definitions = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['口径说明'], { header: 1, defval: null });
    expect(definitions[0]).toEqual(['口径说明']);
    const dropout = /^流失：退学\/流失日期在统计期间内的学生；流失率＝流失÷期初在校生/;
    expect(definitions.map((r) => String(r[0]))).toContainEqual(expect.stringMatching(dropout));

    const [logged] = auditRows(p, 'export');
    expect(logged.after).toMatchObject({ report: '技能脱贫千校行动进展情况表', from: '2026-01-01', to: '2026-11-23', rows: 3 });
    expect(logged.after.columns[0]).toBe('资助金额（元）');
    expect((await p.c1.caller.fail('reports.progressExport', { year: 2026 })).code).toBe('forbidden');
  });

  it('writes the workbook in English for an English caller', async () => {
    const english = new ContractCaller(p.b.backend, p.finance.caller.token, 'en');
    const file = await english.call('reports.progressExport', { year: 2026 });
    expect(XLSX.read(Buffer.from(file.base64, 'base64')).SheetNames).toEqual(['Progress report', 'Allowances paid', 'Definitions']);
  });
});
