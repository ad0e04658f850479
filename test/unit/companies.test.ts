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
});
