import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 实习就业 in Chromium: the office adds a company and a counsellor finds it and cannot add it twice;
 * the counsellor records a student's internship at it, told what is wrong at the field.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 3, asOf: '2019-11-30', checkins: false } });
});
afterAll(async () => app?.close());

describe('company directory', () => {
  it('takes a company once, however its name is typed, and finds it by name, code or city', async () => {
    const page = await app.signIn('office');
    await page.getByRole('link', { name: '实习就业' }).click();
    await page.getByTestId('placements-tab-companies').click();
    await page.getByTestId('create-company').click();
    const dialog = page.getByRole('dialog', { name: '新增企业' });
    await dialog.locator('[name="name"]').fill('比亚迪（深圳）有限公司');
    await dialog.locator('[name="creditCode"]').fill('914403001922038217');
    await dialog.locator('[name="city"]').fill('深圳');
    await dialog.getByTestId('modal-save').click();
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').first().innerText()).toContain('统一社会信用代码应为18位');
    await dialog.locator('[name="creditCode"]').fill('');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('row-company').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'companies.png'), fullPage: true });

    const counsellor = await app.signIn('counsellor01');
    await counsellor.goto(`${app.server.url}#/placements/companies`);
    await counsellor.getByTestId('company-search').fill('比亚迪(深圳)');
    await expect.poll(() => counsellor.getByTestId('row-company').allInnerTexts()).toEqual([expect.stringContaining('比亚迪（深圳）有限公司')]);
    await counsellor.getByTestId('create-company').click();
    const again = counsellor.getByRole('dialog', { name: '新增企业' });
    await again.locator('[name="name"]').fill('比亚迪 (深圳)有限公司');
    await again.getByTestId('modal-save').click();
    await expect.poll(() => again.locator('.mantine-InputWrapper-error').first().innerText()).toBe('企业“比亚迪（深圳）有限公司”已在名录中，请直接选用或编辑它');
    await counsellor.screenshot({ path: path.join(SHOTS, 'companies-twin.png') });
  });

  it('records a student’s internship from the student page, saying which papers are missing', async () => {
    const office = await app.api('office');
    const company = await office.call('companies.create', { name: '深圳市汇川技术股份有限公司', creditCode: '', industry: '装备制造', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' });
    const counsellor = await app.api('counsellor01');
    const mine = (await counsellor.call('students.list', { status: 'enrolled', pageSize: 200 })).rows.find((s) => s.enrolmentDate <= '2018-09-01')!;

    const page = await app.signIn('counsellor01');
    await page.goto(`${app.server.url}#/students/${mine.id}?tab=internships`);
    await page.getByTestId('add-internship').click();
    const dialog = page.getByRole('dialog', { name: '登记实习' });
    await dialog.locator('[name="companyId"]').pressSequentially('汇川');
    await page.getByRole('option', { name: /汇川技术/ }).click();
    await dialog.locator('[name="position"]').fill('装配技术员');
    await dialog.locator('[name="startDate"]').fill('2019-10-08');
    await dialog.getByTestId('doc-agreement').check();
    await dialog.getByTestId('modal-save').click();
    // 岗位实习 did not exist yet in 2019: said at the kind.
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').first().innerText()).toBe('岗位实习自2021年起施行，此前请选跟岗实习或顶岗实习');
    await dialog.locator('[name="kind"]').click();
    await page.getByRole('option', { name: '顶岗实习' }).click();
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('internship-row');
    await expect.poll(() => row.count()).toBe(1);
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain('顶岗实习 深圳市汇川技术股份有限公司 · 装配技术员 2019-10-08 起');
    expect(await row.getByTestId('internship-missing').innerText()).toBe('缺：家长知情同意书、安全责任书、实习保险');
    await page.screenshot({ path: path.join(SHOTS, 'internships.png'), fullPage: true });
    expect(await counsellor.call('internships.ofStudent', { studentId: mine.id })).toMatchObject([{ companyId: company.id, kind: 'placement', agreement: true }]);

    // Across students: the counsellor's own, narrowed to those still lacking papers.
    await page.goto(`${app.server.url}#/placements/internships`);
    await page.getByTestId('filter-missing').check();
    await expect.poll(() => page.getByTestId('internships-row').allInnerTexts()).toEqual([expect.stringContaining(mine.name)]);
    await page.getByTestId('filter-on').fill('2019-09-30');
    await expect.poll(() => page.getByTestId('internships-count').innerText()).toBe('共 0 条');
    await page.screenshot({ path: path.join(SHOTS, 'internships-list.png'), fullPage: true });
  });

  it('records where a graduate went, with 留深 judged from the city', async () => {
    const office = await app.api('office');
    await office.call('companies.create', { name: '深圳顺丰速运有限公司', creditCode: '', industry: '物流', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' });
    const graduate = (await office.call('students.list', { status: 'graduated', pageSize: 1 })).rows[0];

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/students/${graduate.id}?tab=placement`);
    await page.getByTestId('edit-placement').click();
    const dialog = page.getByRole('dialog', { name: '登记就业去向' });
    await dialog.locator('[name="companyId"]').pressSequentially('顺丰');
    await page.getByRole('option', { name: /顺丰速运/ }).click();
    await dialog.locator('[name="position"]').fill('仓储主管助理');
    await dialog.locator('[name="province"]').fill('广东');
    await dialog.locator('[name="city"]').fill('深圳市');
    await dialog.locator('[name="monthlySalaryFen"]').fill('5600');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    const facts = (await page.getByTestId('placement').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain('去向 就业（签订劳动合同）');
    expect(facts).toContain('留深 / 回乡 留深（按城市判断）');
    expect(facts).toContain('月薪 ¥5,600.00');
    await page.screenshot({ path: path.join(SHOTS, 'placement.png'), fullPage: true });
    expect(await office.call('placements.ofStudent', { studentId: graduate.id })).toMatchObject({ destination: 'shenzhen', monthlySalaryFen: 560_000 });
  });

  it('merges two entries of one company from the directory', async () => {
    const office = await app.api('office');
    const blank = { creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' };
    await office.call('companies.create', { ...blank, name: '华为技术有限公司' });
    await office.call('companies.create', { ...blank, name: '华为技术', creditCode: '914403001922038216' });

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/placements/companies`);
    await page.getByTestId('company-search').fill('华为');
    await expect.poll(() => page.getByTestId('row-company').count()).toBe(2);
    await page.getByTestId('row-company').filter({ hasText: '华为技术有限公司' }).getByTestId('merge-company').click();
    const dialog = page.getByRole('dialog', { name: '并入“华为技术有限公司”' });
    await dialog.locator('[name="mergeId"]').pressSequentially('华为');
    await page.getByRole('option', { name: /^华为技术 ·/ }).click();
    await page.screenshot({ path: path.join(SHOTS, 'companies-merge.png') });
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('row-company').allInnerTexts()).toEqual([expect.stringMatching(/^华为技术有限公司\t914403001922038216/)]);
  });

  it('lists the follow-ups due and records one, which then shows on the student page', async () => {
    const office = await app.api('office');
    const company = await office.call('companies.create', { name: '深圳市宝视达眼镜有限公司', creditCode: '', industry: '眼视光', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' });
    const graduates = (await office.call('students.list', { status: 'graduated', pageSize: 5 })).rows;
    const graduate = graduates[graduates.length - 1];
    await office.call('placements.save', {
      studentId: graduate.id, outcome: 'contract', companyId: company.id, industry: '', position: '', province: '广东', city: '深圳', destination: null,
      relatedToMajor: true, startDate: '2019-07-20', monthlySalaryFen: 500_000, contractKind: 'fixed', socialInsurance: true, channel: 'school', notes: '', version: null,
    });
    const due = (await office.call('placementFollowUps.due', {})).filter((d) => d.studentId === graduate.id);
    expect(due.map((d) => d.point)).toEqual([3, 6, 12]);

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/placements/follow-ups`);
    const row = page.getByTestId('follow-up-due').filter({ hasText: graduate.name }).filter({ hasText: '3个月' });
    await row.getByTestId('record-follow-up').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="doneOn"]').fill('2019-10-22');
    await dialog.locator('[name="monthlySalaryFen"]').fill('5500');
    await page.screenshot({ path: path.join(SHOTS, 'follow-up-record.png') });
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('follow-up-due').filter({ hasText: graduate.name }).count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, 'follow-ups.png'), fullPage: true });

    await page.goto(`${app.server.url}#/students/${graduate.id}?tab=placement`);
    await expect.poll(() => page.getByTestId('placement-follow-up').allInnerTexts()).toEqual(['3个月 · 2019-10-22 · 在职 · 原单位 · ¥5,500.00']);
    // The latest follow-up says where the graduate works now.
    expect(await page.getByTestId('placement-now').innerText()).toBe('目前（据2019-10-22回访）：在职 · 深圳市宝视达眼镜有限公司 · ¥5,500.00');
  });
});
