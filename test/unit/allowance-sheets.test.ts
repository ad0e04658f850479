import { describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import { maskIdNumber } from '../../electron/contract/idcard';
import { totalInWords } from '../../electron/contract/money';
import { SHEET_ROWS, sheetPages } from '../../renderer/reports/allowances/sheetPages';
import { forward, payOut, setup } from '../support/allowances';

/**
 * The printed papers of a batch as the backend answers them (today is Monday 2026-11-23): the 发放表
 * with masked numbers, its signers and totals, reversals included; the summary by class; the
 * 公示名单 with nothing a notice may not show.
 */
async function sheetSetup() {
  const s = await setup();
  const other = await s.office.caller.call('classes.create', { name: '24汽修2班', majorId: s.major.id, cohortId: s.cohort.id, headTeacherId: s.c2.user.id });
  const student = async (overrides: Partial<InputOf<Contract['students.create']>>) => {
    const input = s.studentInput(overrides);
    const { id } = await s.office.caller.call('students.create', input);
    return { id, idNumber: input.idNumber, bankAccount: input.bankAccount };
  };
  const students = [
    await student({ name: '甲', bankAccount: '6228480012345677351' }),
    await student({ name: '乙', bankAccount: '6228480012345678462' }),
    await student({ name: '丙', bankAccount: '6228480012345679573', classId: other.id, counsellorId: s.c2.user.id }),
  ];
  // October paid; November holds 甲, 乙 and 丙 at 300 and takes 100 back from 甲's October.
  const october = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-10', notes: '' });
  await payOut(s, october.id);
  const paid = (await s.batch(october.id)).lines.find((l) => l.name === '甲')!;
  const november = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('生活补贴').id, period: '2026-11', notes: '' });
  const reversal = { batchId: november.id, version: november.version, lineId: paid.id, amountFen: 10_000, reason: '10月多发' };
  await s.finance.caller.call('allowances.addReversal', reversal);
  return { ...s, students, october, november };
}

describe('the 发放表 (allowances.sheet)', () => {
  it('lists every line with masked numbers only, the reversal negative and named, and totals them', async () => {
    const s = await sheetSetup();
    const sheet = await s.finance.caller.call('allowances.sheet', { id: s.november.id });
    expect(sheet).toMatchObject({ batchNo: s.november.batchNo, policyName: '生活补贴', policyPeriod: 'monthly', period: '2026-11', status: 'draft' });
    expect(sheet.lineCount).toBe(4);
    expect(sheet.totalFen).toBe(3 * 30_000 - 10_000);
    const [a, b, c] = s.students;
    expect(sheet.lines.map((l) => [l.name, l.className, l.amountFen, l.reverses])).toEqual([
      ['甲', '24汽修1班', 30_000, null],
      ['甲', '24汽修1班', -10_000, s.october.batchNo],
      ['乙', '24汽修1班', 30_000, null],
      ['丙', '24汽修2班', 30_000, null],
    ]);
    expect(sheet.lines[1].reason).toBe('10月多发');
    expect(sheet.lines[0]).toMatchObject({ idNumber: maskIdNumber(a.idNumber), bankAccount: '6228***********7351' });
    expect(sheet.lines[0].idNumber).toMatch(/^\d{4}\*{10}[\dX]{4}$/);

    // Whole numbers are not in the answer at all, for finance (who may see them elsewhere) as for a leader.
    for (const caller of [s.finance.caller, s.viewer.caller, s.office.caller, s.admin]) {
      const json = JSON.stringify(await caller.call('allowances.sheet', { id: s.november.id }));
      for (const st of [a, b, c]) {
        expect(json).not.toContain(st.idNumber);
        expect(json).not.toContain(st.bankAccount);
      }
      expect(json).not.toContain('13800138000');
    }
  });

  it('names who reviewed and approved the batch as it stands: a 退回 voids the signatures before it', async () => {
    const s = await sheetSetup();
    const id = s.november.id;
    const signers = async () => (await s.finance.caller.call('allowances.sheet', { id })).signers;
    expect(await signers()).toEqual({ preparedBy: '财务蔡老师', reviewedBy: null, approvedBy: null, approvedOn: null });
    await forward(s, s.finance.caller, id, 'submit');
    await forward(s, s.office.caller, id, 'review');
    expect(await signers()).toMatchObject({ reviewedBy: '帮扶办李老师', approvedBy: null });
    await s.office.caller.call('allowances.returnBatch', { id, version: (await s.batch(id)).version, reason: '再核对' });
    expect(await signers()).toMatchObject({ reviewedBy: null, approvedBy: null });
    await forward(s, s.finance.caller, id, 'submit');
    await forward(s, s.office.caller, id, 'review');
    await forward(s, s.admin, id, 'approve');
    expect(await signers()).toEqual({ preparedBy: '财务蔡老师', reviewedBy: '帮扶办李老师', approvedBy: '管理员', approvedOn: '2026-11-23' });
  });

  it('is in the audit log as a print, who and how many lines', async () => {
    const s = await sheetSetup();
    await s.viewer.caller.call('allowances.sheet', { id: s.november.id });
    // The summary and the notice hold no personal numbers and are not logged.
    await s.viewer.caller.call('allowances.sheetSummary', { id: s.november.id });
    await s.viewer.caller.call('allowances.notice', { id: s.november.id });
    const log = await s.admin.call('audit.list', { entity: 'allowance_batch', entityId: s.november.id });
    const prints = log.rows.filter((r) => r.action === 'print');
    expect(prints).toHaveLength(1);
    expect(prints[0]).toMatchObject({ userName: '领导', after: { report: 'allowance_sheet', lines: 4, totalFen: 80_000 } });
  });

  it('is for the office, finance and leaders: a counsellor gets none of the papers', async () => {
    const s = await sheetSetup();
    for (const method of ['allowances.sheet', 'allowances.sheetSummary', 'allowances.notice'] as const) {
      expect((await s.c1.caller.fail(method, { id: s.november.id })).code).toBe('forbidden');
      expect((await s.finance.caller.fail(method, { id: 9999 })).code).toBe('not_found');
    }
  });
});

describe('the 发放汇总表 (allowances.sheetSummary)', () => {
  it('counts the students and adds up the amounts class by class, with the signers', async () => {
    const s = await sheetSetup();
    const summary = await s.finance.caller.call('allowances.sheetSummary', { id: s.november.id });
    expect(summary.classes).toEqual([
      { className: '24汽修1班', students: 2, totalFen: 50_000 },
      { className: '24汽修2班', students: 1, totalFen: 30_000 },
    ]);
    expect(summary).toMatchObject({ lineCount: 4, totalFen: 80_000, signers: { preparedBy: '财务蔡老师' } });
  });
});

describe('the 公示名单 (allowances.notice)', () => {
  it('holds the recipients’ name, major, year, class and amount and nothing else, reversals left out', async () => {
    const s = await sheetSetup();
    const notice = await s.office.caller.call('allowances.notice', { id: s.november.id });
    expect(notice).toMatchObject({ policyName: '生活补贴', lineCount: 3, totalFen: 90_000, noticeDays: 0, noticeFrom: null, noticeEndsOn: null });
    expect(notice.lines.map((l) => [l.name, l.majorName, l.cohortName, l.className, l.amountFen])).toEqual([
      ['甲', '汽车维修', '2024级', '24汽修1班', 30_000],
      ['乙', '汽车维修', '2024级', '24汽修1班', 30_000],
      ['丙', '汽车维修', '2024级', '24汽修2班', 30_000],
    ]);
    for (const line of notice.lines) expect(Object.keys(line).sort()).toEqual(['amountFen', 'className', 'cohortName', 'id', 'majorName', 'name']);
    const json = JSON.stringify(notice);
    for (const st of s.students) {
      for (const part of [st.idNumber, st.idNumber.slice(0, 4), st.bankAccount, st.bankAccount.slice(0, 4), st.bankAccount.slice(-4)]) {
        expect(json).not.toContain(part);
      }
    }
    // Not even masked.
    expect(json).not.toContain('*');
    for (const personal of ['13800138000', '13900139000', '2008-03-15', '那王村', '平马镇', '黄大山']) expect(json).not.toContain(personal);
  });

  it('carries the notice period once the list is posted', async () => {
    const s = await sheetSetup();
    const made = await s.finance.caller.call('allowances.createBatch', { policyId: s.policy('国家助学金').id, period: '2026-1', notes: '' });
    const line = { batchId: made.id, version: made.version, studentId: s.students[0].id, amountFen: 100_000, reason: '一等' };
    await s.finance.caller.call('allowances.addLine', line);
    await forward(s, s.finance.caller, made.id, 'submit');
    expect(await s.office.caller.call('allowances.notice', { id: made.id })).toMatchObject({ noticeDays: 5, noticeFrom: null, noticeEndsOn: null });
    await s.office.caller.call('allowances.postNotice', { id: made.id, version: (await s.batch(made.id)).version, from: '2026-11-23' });
    const posted = await s.office.caller.call('allowances.notice', { id: made.id });
    expect(posted).toMatchObject({ noticeFrom: '2026-11-23', noticeEndsOn: '2026-11-27', lineCount: 1 });
  });
});

describe('the pages of a 发放表', () => {
  const lines = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
  const sizes = (n: number) => sheetPages(lines(n)).map((p) => p.length);
  const { first, other, foot } = SHEET_ROWS;

  it('fills the first page, then the others, keeping every line once and in order', () => {
    expect(sizes(1102)).toEqual([first, ...Array(45).fill(other), 1102 - first - 45 * other]);
    expect(sheetPages(lines(1102)).flat()).toEqual(lines(1102));
    expect(sizes(0)).toEqual([0]);
  });

  it('starts a last page for the lines that would leave no room for the totals and signatures', () => {
    expect(sizes(first - foot)).toEqual([first - foot]);
    expect(sizes(first)).toEqual([first - foot, foot]);
    expect(sizes(first + other - foot)).toEqual([first, other - foot]);
    expect(sizes(first + other)).toEqual([first, other - foot, foot]);
  });

  it('writes a total in capitals for nothing and below nothing too', () => {
    expect(totalInWords(123_450)).toBe('壹仟贰佰叁拾肆元伍角整');
    expect(totalInWords(0)).toBe('零元整');
    expect(totalInWords(-10_000)).toBe('负壹佰元整');
  });
});
