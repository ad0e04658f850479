import { describe, expect, it } from 'vitest';
import type { Policy } from '../../electron/contract/allowancePolicies';
import { seedRegister, testBackend } from '../support/backend';

async function setup() {
  const b = testBackend();
  return { b, ...(await seedRegister(b)) };
}

const fields = ({ name, kind, period, capFen, eligibility, fundingSource, noticeDays, active, notes }: Policy) => ({
  name, kind, period, capFen, eligibility, fundingSource, noticeDays, active, notes,
});

describe('allowance policies (资助项目)', () => {
  it('come pre-filled with the brief’s Shenzhen policies, in fen, for the office, finance and leaders to read', async () => {
    const { office, finance, viewer } = await setup();
    const policies = await finance.caller.call('allowances.policies', {});
    const byName = new Map(policies.map((p) => [p.name, p]));
    expect(byName.get('生活补贴')).toMatchObject({ kind: 'cash', period: 'monthly', currentFen: 30_000, capFen: null, eligibility: 'all' });
    expect(byName.get('免学费')).toMatchObject({ kind: 'waiver', period: 'year', currentFen: 600_000, capFen: 600_000 });
    expect(byName.get('交通补贴')).toMatchObject({ eligibility: 'outside_guangdong', capFen: 160_000 });
    expect(byName.get('国家助学金')).toMatchObject({ period: 'term', noticeDays: 5, capFen: 200_000 });
    expect(byName.get('建档立卡家庭补助')).toMatchObject({ eligibility: 'poverty_registered', currentFen: 300_000 });
    expect(byName.get('住宿费减半')).toMatchObject({ kind: 'waiver', eligibility: 'dormitory' });
    expect(policies).toHaveLength(7);
    expect(await viewer.caller.call('allowances.policies', {})).toEqual(policies);
    expect(await office.caller.call('allowances.policies', {})).toEqual(policies);
  });

  it('let the office change a policy, version-checked and audited, and refuse finance, counsellors and a taken name', async () => {
    const { office, finance, c1, admin } = await setup();
    const [living] = (await office.caller.call('allowances.policies', {})).filter((p) => p.name === '生活补贴');
    const changed = await office.caller.call('allowances.updatePolicy', { ...fields(living), id: living.id, version: living.version, noticeDays: 3, fundingSource: '市财政专项' });
    expect(changed).toMatchObject({ noticeDays: 3, fundingSource: '市财政专项', version: living.version + 1 });

    // A second user who read the old version is refused; nothing is overwritten.
    expect((await office.caller.fail('allowances.updatePolicy', { ...fields(living), id: living.id, version: living.version, noticeDays: 9 })).code).toBe('conflict');
    const taken = await office.caller.fail('allowances.updatePolicy', { ...fields(changed), id: living.id, version: changed.version, name: '免学费' });
    expect(taken.fields?.[0]).toMatchObject({ field: 'name', message: '名称“免学费”已存在' });
    for (const caller of [finance.caller, c1.caller]) expect((await caller.fail('allowances.updatePolicy', { ...fields(changed), id: living.id, version: changed.version })).code).toBe('forbidden');
    expect((await office.caller.call('allowances.policies', {})).find((p) => p.id === living.id)).toMatchObject({ noticeDays: 3, version: changed.version });

    const log = await admin.call('audit.list', { entity: 'allowance_policy' });
    expect(log.rows[0]).toMatchObject({ action: 'update', entityName: '生活补贴', userName: '帮扶办李老师' });
  });

  it('date a new rate, so the amount changes from that day on and the old one stays on record', async () => {
    const { office } = await setup();
    const [living] = (await office.caller.call('allowances.policies', {})).filter((p) => p.name === '生活补贴');
    const later = await office.caller.call('allowances.addRate', { policyId: living.id, effectiveFrom: '2027-01-01', amountFen: 35_000 });
    expect(later.currentFen).toBe(30_000);
    const now = await office.caller.call('allowances.addRate', { policyId: living.id, effectiveFrom: '2026-11-01', amountFen: 32_000 });
    expect(now.currentFen).toBe(32_000);
    expect(now.rates.map((r) => [r.effectiveFrom, r.amountFen])).toEqual([['2012-09-01', 30_000], ['2026-11-01', 32_000], ['2027-01-01', 35_000]]);
    expect(now.rates[1].createdByName).toBe('帮扶办李老师');
    const twice = await office.caller.fail('allowances.addRate', { policyId: living.id, effectiveFrom: '2027-01-01', amountFen: 36_000 });
    expect(twice.fields?.[0]).toMatchObject({ field: 'effectiveFrom', message: '2027-01-01起已有一个标准，请改日期或修改该项目' });
    expect((await office.caller.call('allowances.policies', {})).find((p) => p.id === living.id)!.rates).toHaveLength(3);
  });

  it('create a policy with its first rate, and refuse amounts that are not whole fen, zero, negative or too big, writing nothing', async () => {
    const { office } = await setup();
    const base = { name: '技能雏鹰奖学金', kind: 'cash', period: 'once', capFen: null, eligibility: 'chosen', fundingSource: '企业捐赠', noticeDays: 5, active: true, notes: '', effectiveFrom: '2026-09-01' } as const;
    for (const [amountFen, message] of [[0, '金额应大于0'], [-100, '金额应大于0'], [12.5, '金额最多两位小数'], [10_000_000_000, '金额不能超过99,999,999.99元']] as const) {
      const e = await office.caller.fail('allowances.createPolicy', { ...base, amountFen });
      expect(e.fields?.[0], String(amountFen)).toMatchObject({ field: 'amountFen', message });
    }
    expect((await office.caller.fail('allowances.createPolicy', { ...base, amountFen: 100_000, noticeDays: 31 })).fields?.[0].field).toBe('noticeDays');
    expect(await office.caller.call('allowances.policies', {})).toHaveLength(7);
    const created = await office.caller.call('allowances.createPolicy', { ...base, amountFen: 100_000 });
    expect(created).toMatchObject({ name: '技能雏鹰奖学金', currentFen: 100_000, rates: [{ effectiveFrom: '2026-09-01', amountFen: 100_000 }] });
  });
});
