import { describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import { seedRegister, testBackend } from '../support/backend';

/** Today is 2026-11-23 (testBackend): November is a month in school, July is not. */
async function setup() {
  const b = testBackend();
  const seed = await seedRegister(b);
  const student = async (overrides: Partial<InputOf<Contract['students.create']>> = {}) =>
    (await seed.office.caller.call('students.create', seed.studentInput(overrides))).id;
  const status = async (id: number, event: 'suspend' | 'resume' | 'withdraw', date: string) => {
    const { version } = await seed.office.caller.call('students.get', { id });
    await seed.office.caller.call('students.changeStatus', { id, version, event, date, reason: '测试' });
  };
  const policies = await seed.office.caller.call('allowances.policies', {});
  const policy = (name: string) => policies.find((p) => p.name === name)!;
  return { b, ...seed, student, status, policy };
}

const reasons = (left: { name: string; reason: string }[]) => Object.fromEntries(left.map((l) => [l.name, l.reason]));

describe('allowance batches: who is proposed', () => {
  it('proposes the month’s living allowance for each student in school, and says why the others are left out', async () => {
    const { finance, student, status, policy } = await setup();
    await student({ name: '在读生' });
    await status(await student({ name: '休学生' }), 'suspend', '2026-10-08');
    await status(await student({ name: '本月退学' }), 'withdraw', '2026-11-10');
    await status(await student({ name: '上月退学' }), 'withdraw', '2026-10-20');
    await student({ name: '新生', enrolmentDate: '2026-12-01' });
    await student({ name: '无账号', bankAccount: '' });
    await student({ name: '代领生', bankAccountName: '黄大山' });
    await student({ name: '本人开户', bankAccountName: '本人开户' });

    const p = await finance.caller.call('allowances.propose', { policyId: policy('生活补贴').id, period: '2026-11' });
    expect(p).toMatchObject({ academicYear: 2026, rateFen: 30_000 });
    // In school any day of the month counts: who left on the 10th is paid for November.
    expect(p.lines.map((l) => l.name).sort()).toEqual(['在读生', '本人开户', '本月退学'].sort());
    expect(p.lines.every((l) => l.amountFen === 30_000 && l.reason === '')).toBe(true);
    expect(p.totalFen).toBe(90_000);
    // Who left before the month is no longer looked at; the others are listed with why.
    expect(reasons(p.left)).toEqual({ 休学生: 'on_leave', 新生: 'not_enrolled', 无账号: 'no_bank_account', 代领生: 'account_name' });
    expect(p.left.find((l) => l.name === '代领生')!.detail).toBe('黄大山');
  });

  it('keeps to the policy’s students: 建档立卡 only, students from outside Guangdong, dormitory residents, none for chosen ones', async () => {
    const { finance, student, policy } = await setup();
    await student({ name: '建档生', povertyStatus: 'registered', homeProvince: '广西', dormitory: true });
    await student({ name: '低保生', povertyStatus: 'dibao', homeProvince: '广东省', dormitory: false });
    const names = async (name: string, period: string) =>
      (await finance.caller.call('allowances.propose', { policyId: policy(name).id, period })).lines.map((l) => l.name);
    expect(await names('建档立卡家庭补助', '2026')).toEqual(['建档生']);
    expect(await names('交通补贴', '2026')).toEqual(['建档生']);
    expect(await names('住宿费减半', '2026-1')).toEqual(['建档生']);
    expect(await names('国家助学金', '2026-1')).toEqual([]);
    expect((await names('免学费', '2026')).sort()).toEqual(['低保生', '建档生']);
  });

  it('holds the academic year’s cap across batches, and never proposes a student twice for one period', async () => {
    const { finance, student, policy } = await setup();
    await student({ name: '甲', homeProvince: '广西' });
    const transport = policy('交通补贴');
    const first = await finance.caller.call('allowances.createBatch', { policyId: transport.id, period: '2026', notes: '' });
    expect(first).toMatchObject({ batchNo: '2026-0001', status: 'draft', lineCount: 1, totalFen: 160_000, academicYear: 2026, preparedByName: '财务蔡老师' });
    const again = await finance.caller.call('allowances.propose', { policyId: transport.id, period: '2026' });
    expect(again.lines).toEqual([]);
    expect(again.left).toMatchObject([{ name: '甲', reason: 'already_in_batch', detail: '2026-0001' }]);

    const living = policy('生活补贴');
    const months = ['2026-09', '2026-10', '2026-11'];
    for (const period of months) await finance.caller.call('allowances.createBatch', { policyId: living.id, period, notes: '' });
    const batches = await finance.caller.call('allowances.batches', { policyId: living.id });
    expect(batches.map((b) => [b.batchNo, b.period, b.totalFen])).toEqual([
      ['2026-0004', '2026-11', 30_000],
      ['2026-0003', '2026-10', 30_000],
      ['2026-0002', '2026-09', 30_000],
    ]);
    const full = await finance.caller.call('allowances.batch', { id: batches[0].id });
    expect(full.lines).toMatchObject([{ name: '甲', amountFen: 30_000, proposedFen: null }]);
  });

  it('caps what is left of the year: the rest of the cap, then nothing, said in the line and the left-out list', async () => {
    const { office, finance, student, policy } = await setup();
    await student({ name: '乙', povertyStatus: 'registered' });
    let family = policy('建档立卡家庭补助');
    const save = async (changes: { period?: 'term'; capFen: number }) => {
      const { rates: _r, currentFen: _c, id, version, createdAt: _a, updatedAt: _u, ...fields } = family;
      family = await office.caller.call('allowances.updatePolicy', { ...fields, ...changes, id, version });
    };
    // 3,000 a term, at most 5,000 in an academic year.
    await save({ period: 'term', capFen: 500_000 });
    const first = await finance.caller.call('allowances.createBatch', { policyId: family.id, period: '2025-1', notes: '' });
    expect(first).toMatchObject({ academicYear: 2025, totalFen: 300_000 });
    const second = await finance.caller.call('allowances.propose', { policyId: family.id, period: '2025-2' });
    expect(second.lines).toMatchObject([{ name: '乙', amountFen: 200_000, reason: '按本学年上限：已发3,000.00元，上限5,000.00元' }]);
    await save({ capFen: 300_000 });
    const none = await finance.caller.call('allowances.propose', { policyId: family.id, period: '2025-2' });
    expect(none.lines).toEqual([]);
    expect(none.left).toMatchObject([{ name: '乙', reason: 'cap_reached', detail: '3,000.00' }]);
    // A new academic year starts again from nothing.
    expect((await finance.caller.call('allowances.propose', { policyId: family.id, period: '2026-1' })).lines).toMatchObject([{ amountFen: 300_000 }]);
  });

  it('refuses a period not of the policy’s kind, to come, in a school break or with no rate, at the period field, writing nothing', async () => {
    const { finance, student, policy } = await setup();
    await student({ name: '丙', homeProvince: '广东省' });
    const living = policy('生活补贴').id;
    const fail = async (policyId: number, period: string) => (await finance.caller.fail('allowances.createBatch', { policyId, period, notes: '' })).fields?.[0];
    expect(await fail(living, '2026-1')).toMatchObject({ field: 'period', message: '期间格式不对：按月的项目应写作如 2026-11' });
    expect(await fail(policy('国家助学金').id, '2026-11')).toMatchObject({ field: 'period', message: '期间格式不对：按学期的项目应写作如 2026-1' });
    expect(await fail(living, '2026-12')).toMatchObject({ field: 'period', message: '2026-12尚未开始，不能生成批次' });
    expect(await fail(living, '2026-07')).toMatchObject({ field: 'period', message: '2026-07不在校历的在校月份内，没有可发放的学生' });
    expect(await fail(living, '2011-10')).toMatchObject({ field: 'period', message: '2011-10-01时该项目还没有标准金额，请先在资助项目中调整标准' });
    expect(await fail(policy('交通补贴').id, '2026')).toMatchObject({ field: 'period', message: '2026没有可发放的学生，未生成批次' });
    expect(await finance.caller.call('allowances.batches', { policyId: null })).toEqual([]);
  });

  it('lets finance and the office prepare, leaders read, and keeps counsellors out', async () => {
    const { finance, viewer, c1, student, policy } = await setup();
    await student({ name: '丁' });
    const batch = await finance.caller.call('allowances.createBatch', { policyId: policy('生活补贴').id, period: '2026-11', notes: '十一月' });
    expect((await viewer.caller.call('allowances.batch', { id: batch.id })).totalFen).toBe(30_000);
    expect((await viewer.caller.fail('allowances.createBatch', { policyId: policy('生活补贴').id, period: '2026-10', notes: '' })).code).toBe('forbidden');
    for (const m of ['allowances.batches', 'allowances.propose', 'allowances.policies'] as const)
      expect((await c1.caller.fail(m, { policyId: policy('生活补贴').id, period: '2026-11' })).code, m).toBe('forbidden');
  });

  it('lists lines class by class as people sort them (2班 before 10班), by pinyin within a class', async () => {
    const { office, finance, student, policy, major, cohort, c1 } = await setup();
    const klass = async (name: string) => (await office.caller.call('classes.create', { name, majorId: major.id, cohortId: cohort.id, headTeacherId: c1.user.id })).id;
    const [ten, two] = [await klass('24汽修10班'), await klass('24汽修2班')];
    await student({ name: '张三', classId: ten });
    await student({ name: '李四', classId: two });
    await student({ name: '艾五', classId: two });
    const made = await finance.caller.call('allowances.createBatch', { policyId: policy('生活补贴').id, period: '2026-11', notes: '' });
    const { lines } = await finance.caller.call('allowances.batch', { id: made.id });
    expect(lines.map((l) => `${l.className} ${l.name}`)).toEqual(['24汽修2班 艾五', '24汽修2班 李四', '24汽修10班 张三']);
  });
});
