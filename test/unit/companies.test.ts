import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isCreditCode } from '../../electron/contract/creditCode';
import { seedRegister, testBackend } from '../support/backend';

const BYD = { name: '比亚迪（深圳）有限公司', creditCode: '', industry: '汽车制造', province: '广东', city: '深圳', contactName: '刘经理', contactPhone: '13800138000', notes: '' };

describe('统一社会信用代码', () => {
  it('checks the 18 characters and the check character of GB 32100-2015', () => {
    // Published codes of real companies.
    for (const code of ['914403001922038216', '91110000100003495Y', '91440300708461136T']) expect(isCreditCode(code), code).toBe(true);
    expect(creditCodeCheckChar('91440300192203821')).toBe('6');
    expect(isCreditCode('914403001922038217')).toBe(false);
    expect(isCreditCode('91440300192203821')).toBe(false);
    // I, O, S, V and Z are never used.
    expect(isCreditCode('9144030019220382IO')).toBe(false);
  });
});

describe('the company directory', () => {
  it('keeps one entry per company however its name is typed or its credit code, saying which one it already is', async () => {
    const b = testBackend();
    const { admin, office, c1 } = await seedRegister(b);
    const byd = await office.caller.call('companies.create', BYD);
    expect(byd).toMatchObject({ name: '比亚迪（深圳）有限公司', creditCode: null, city: '深圳' });

    // Half-width brackets and a space: the same company.
    const twin = await c1.caller.fail('companies.create', { ...BYD, name: '比亚迪(深圳) 有限公司' });
    expect(twin.fields).toMatchObject([{ field: 'name', message: '企业“比亚迪（深圳）有限公司”已在名录中，请直接选用或编辑它' }]);
    const huawei = await c1.caller.call('companies.create', { ...BYD, name: '华为技术有限公司', creditCode: ' ９１４４０３００１９２２０３８２１６ ' });
    expect(huawei.creditCode).toBe('914403001922038216');
    expect((await office.caller.fail('companies.create', { ...BYD, name: '华为', creditCode: '914403001922038216' })).fields).toMatchObject([
      { field: 'creditCode', message: '该统一社会信用代码已属于企业“华为技术有限公司”' },
    ]);
    expect((await office.caller.fail('companies.create', { ...BYD, name: '某公司', creditCode: '914403001922038217' })).fields?.[0].field).toBe('creditCode');

    // Found by any part of the name, the code or the city.
    expect((await c1.caller.call('companies.list', { q: '比亚迪(深圳)' })).rows.map((c) => c.name)).toEqual(['比亚迪（深圳）有限公司']);
    expect((await c1.caller.call('companies.list', { q: '9144030019' })).rows.map((c) => c.name)).toEqual(['华为技术有限公司']);
    expect((await c1.caller.call('companies.list', { q: '深圳' })).total).toBe(2);

    // Edits are version-checked and audited; renaming onto another company is refused.
    await office.caller.call('companies.update', { ...BYD, id: byd.id, version: byd.version, contactName: '王经理' });
    expect((await c1.caller.fail('companies.update', { ...BYD, id: byd.id, version: byd.version, notes: '旧版本' })).code).toBe('conflict');
    expect((await office.caller.fail('companies.update', { ...BYD, id: byd.id, version: byd.version + 1, name: '华为技术 有限公司' })).fields?.[0].field).toBe('name');
    const log = await admin.call('audit.list', { entity: 'company', entityId: byd.id });
    expect(log.rows.map((r) => [r.action, r.after])).toEqual([
      ['update', { contactName: '王经理' }],
      ['create', { ...BYD, creditCode: null }],
    ]);
  });

  it('lets the office and counsellors keep it, leaders read it, and keeps finance out', async () => {
    const b = testBackend();
    const { finance, viewer } = await seedRegister(b);
    expect((await finance.caller.fail('companies.list', {})).code).toBe('forbidden');
    expect((await viewer.caller.fail('companies.create', BYD)).code).toBe('forbidden');
    expect((await viewer.caller.call('companies.list', {})).rows).toEqual([]);
  });

  it('merges two entries that turn out to be one company: its internships and placements move, the code and what was empty are kept', async () => {
    const b = testBackend();
    const { admin, office, c1, studentInput } = await seedRegister(b);
    const keep = await office.caller.call('companies.create', BYD);
    const twin = await c1.caller.call('companies.create', { ...BYD, name: '比亚迪汽车', creditCode: '914403001922038216', industry: '', contactName: '周经理' });
    const student = (await office.caller.call('students.create', studentInput({ name: '甲', enrolmentDate: '2023-09-01', expectedGraduation: '2026-07' }))).id;
    await c1.caller.call('internships.create', {
      studentId: student, kind: 'post', companyId: twin.id, position: '', city: '深圳', startDate: '2025-10-08', endDate: '2026-01-20', monthlyPayFen: null,
      companySupervisor: '', schoolSupervisor: '', agreement: true, guardianConsent: true, safetyPledge: true, insurance: true, evaluation: '', notes: '',
    });
    const other = await office.caller.call('companies.create', { ...BYD, name: '另一家', creditCode: '91110000100003495Y' });

    expect((await c1.caller.fail('companies.merge', { keepId: keep.id, keepVersion: keep.version, mergeId: twin.id, mergeVersion: twin.version })).code).toBe('forbidden');
    expect((await office.caller.fail('companies.merge', { keepId: keep.id, keepVersion: keep.version, mergeId: keep.id, mergeVersion: keep.version })).fields?.[0].field).toBe('mergeId');
    expect((await office.caller.fail('companies.merge', { keepId: other.id, keepVersion: other.version, mergeId: twin.id, mergeVersion: twin.version })).fields).toMatchObject([
      { field: 'mergeId', message: '两家企业的统一社会信用代码不同（91110000100003495Y、914403001922038216），不是同一家企业，不能合并' },
    ]);

    const merged = await office.caller.call('companies.merge', { keepId: keep.id, keepVersion: keep.version, mergeId: twin.id, mergeVersion: twin.version });
    expect(merged).toMatchObject({ name: '比亚迪（深圳）有限公司', creditCode: '914403001922038216', industry: '汽车制造', contactName: '刘经理' });
    expect((await office.caller.call('companies.list', { q: '比亚迪' })).rows.map((c) => c.name)).toEqual(['比亚迪（深圳）有限公司']);
    expect(await office.caller.call('internships.ofStudent', { studentId: student })).toMatchObject([{ companyId: keep.id, companyName: '比亚迪（深圳）有限公司' }]);
    const log = await admin.call('audit.list', { entity: 'company', entityId: keep.id });
    expect(log.rows[0]).toMatchObject({ action: 'merge', before: { mergedName: '比亚迪汽车' }, after: { creditCode: '914403001922038216', internships: 1, placements: 0 } });
  });
});
