import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 整班录入 and 走访 in Chromium: the office enters a class's internships at one company, told which
 * student cannot go and why, and then records a supervisor's visit on one student's internship.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 160, seed: 3, asOf: '2019-11-30', checkins: false } });
});
afterAll(async () => app?.close());

const START = '2019-11-04';

describe('internships of a whole class', () => {
  it('enters a class at one company, refusing all while one student cannot go, and then records a visit', async () => {
    const office = await app.api('office');
    const blank = { creditCode: '', industry: '', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' };
    const company = await office.call('companies.create', { ...blank, name: '深圳市大族激光科技股份有限公司' });
    // A class past its first year on the start date, with a student who is not in school then.
    const seniors = new Set((await office.call('students.list', { pageSize: 200 })).rows.filter((s) => s.enrolmentDate <= '2018-09-01').map((s) => s.className));
    const candidates = (await office.call('classes.list', {})).filter((c) => seniors.has(c.name));
    const rosters = await Promise.all(candidates.map(async (c) => ({ ...c, roster: await office.call('internships.classStudents', { classId: c.id, on: START }) })));
    const { name: className, roster } = rosters.find((c) => c.roster.filter((s) => s.status === 'enrolled').length > 2 && c.roster.some((s) => s.status !== 'enrolled'))!;
    const going = roster.filter((s) => s.status === 'enrolled');
    const away = roster.find((s) => s.status !== 'enrolled')!;
    // One of them is already at another company then: the class cannot go as it is.
    const busy = going[0];
    const other = await office.call('companies.create', { ...blank, name: '深圳市汇川技术股份有限公司' });
    await office.call('internships.create', {
      studentId: busy.id, kind: 'recognition', companyId: other.id, position: '', city: '深圳', startDate: '2019-10-28', endDate: '2019-11-08', monthlyPayFen: null,
      companySupervisor: '', schoolSupervisor: '', agreement: false, guardianConsent: false, safetyPledge: false, insurance: false, evaluation: '', notes: '',
    });

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/placements/internships`);
    await page.getByTestId('class-internships').click();
    const dialog = page.getByRole('dialog', { name: '整班录入实习' });
    await dialog.locator('[name="classId"]').click();
    await page.getByRole('option', { name: className, exact: true }).click();
    await dialog.locator('[name="kind"]').click();
    await page.getByRole('option', { name: '顶岗实习' }).click();
    await dialog.locator('[name="companyId"]').pressSequentially('大族');
    await page.getByRole('option', { name: /大族激光/ }).click();
    await dialog.locator('[name="position"]').fill('激光设备操作员');
    await dialog.locator('[name="startDate"]').fill(START);
    for (const d of ['agreement', 'guardianConsent', 'safetyPledge', 'insurance']) await dialog.getByTestId(`doc-${d}`).check();
    // Those in school on the start date are ticked; anyone else is marked and left out.
    const students = dialog.getByTestId('class-student');
    await expect.poll(() => students.count()).toBe(roster.length);
    await expect.poll(() => students.locator('input:checked').count()).toBe(going.length);
    expect(await students.filter({ hasText: away.name }).locator('input').isChecked()).toBe(false);
    expect(await students.filter({ hasText: away.name }).innerText()).toMatch(/（(休学|退学\/流失|毕业|结业|尚未入学)）/);

    await dialog.getByTestId('modal-save').click();
    const overlap = '与该生在深圳市汇川技术股份有限公司的实习（2019-10-28至2019-11-08）时间重叠';
    await expect.poll(() => dialog.getByTestId('modal-error').innerText()).toContain(`${busy.name}：${overlap}`);
    const refused = students.filter({ hasText: busy.name });
    expect((await refused.innerText()).replace(/\s+/g, '')).toContain(overlap);
    await page.screenshot({ path: path.join(SHOTS, 'internships-class-refused.png') });
    await dialog.getByTestId('modal-error').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'internships-class-refused-top.png') });
    expect((await office.call('internships.list', { companyId: company.id })).total).toBe(0);

    await refused.locator('input').uncheck();
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('filter-on').fill('2019-11-20');
    await expect.poll(() => page.getByTestId('internships-count').innerText()).toBe(`共 ${going.length - 1} 条`);
    await page.screenshot({ path: path.join(SHOTS, 'internships-class.png'), fullPage: true });
    const made = (await office.call('internships.list', { companyId: company.id })).rows;
    expect(made.map((r) => r.studentId).sort()).toEqual(going.slice(1).map((s) => s.id).sort());
    expect(made.every((r) => r.kind === 'placement' && r.startDate === START && r.missingDocuments.length === 0)).toBe(true);

    // A visit to one of them, on the student's page: not before the internship began.
    const student = going[1];
    await page.goto(`${app.server.url}#/students/${student.id}?tab=internships`);
    await page.getByTestId('add-visit').click();
    const visit = page.getByRole('dialog', { name: '记录走访：深圳市大族激光科技股份有限公司' });
    await visit.locator('[name="visitedOn"]').fill('2019-11-01');
    await visit.getByTestId('method').getByText('电话').click();
    await visit.locator('[name="rating"]').click();
    await page.getByRole('option', { name: '良好' }).click();
    await visit.locator('[name="findings"]').fill('已适应岗位，宿舍条件良好');
    await visit.getByTestId('modal-save').click();
    await expect.poll(() => visit.locator('.mantine-InputWrapper-error').first().innerText()).toBe(`走访日期不能早于实习开始日期${START}`);
    await visit.locator('[name="visitedOn"]').fill('2019-11-20');
    await page.screenshot({ path: path.join(SHOTS, 'internship-visit-record.png') });
    await visit.getByTestId('modal-save').click();
    await visit.waitFor({ state: 'detached' });
    const row = page.getByTestId('internship-visit');
    await expect.poll(() => row.count()).toBe(1);
    const text = (await row.innerText()).replace(/\s+/g, ' ');
    expect(text).toMatch(/^2019-11-20 · 电话 · \S+ 良好 已适应岗位，宿舍条件良好$/);
    await page.screenshot({ path: path.join(SHOTS, 'internship-visits.png'), fullPage: true });
    expect(await office.call('internships.visits', { studentId: student.id })).toMatchObject([{ visitedOn: '2019-11-20', method: 'phone', rating: 'good' }]);
  });
});
