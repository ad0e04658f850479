import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Student } from '../../electron/contract/students';
import { HttpClient } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makeIdNumber } from '../support/fixtures';
import { RENDERER_DIR, startTestServer, type TestServer } from '../support/server';

/**
 * One student's record in Chromium on a laptop screen (1366×768): dates that do not exist, unsaved
 * input, the bank account's mask, withdrawing a status change, edit conflicts.
 */
const SHOTS = path.resolve(__dirname, '../../test-results');
const ID_NUMBER = makeIdNumber('451022', '20080315', 21);

let server: TestServer;
let browser: Browser;
let page: Page;
let api: HttpClient;
let student: Student;

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  api = new HttpClient(server.url);
  await api.call('auth.setup', { username: 'admin', displayName: '张主任', password: 'admin-pass-1', schoolName: '深圳鹏城技师学院' });
  const project = await api.call('projects.create', { name: '广西百色', partnerProvince: '广西', partnerCity: '', partnerCounty: '', partnerSchool: '', agreementDate: null, model: 'full_time', notes: '' });
  const cohort = await api.call('cohorts.create', { projectId: project.id, intakeYear: 2024, name: '2024级', plannedSize: null });
  const older = await api.call('cohorts.create', { projectId: project.id, intakeYear: 2012, name: '2012级', plannedSize: null });
  const major = await api.call('majors.create', { name: '汽车维修', code: '' });
  await api.call('classes.create', { name: '24汽修1班', majorId: major.id, cohortId: cohort.id, headTeacherId: null });
  await api.call('classes.create', { name: '12级木工班', majorId: null, cohortId: older.id, headTeacherId: null });
  await api.call('classes.create', { name: '技能提升班', majorId: null, cohortId: null, headTeacherId: null });
  student = await api.call('students.create', {
    name: '黄小明',
    gender: 'M',
    ethnicity: '壮族',
    idNumber: ID_NUMBER,
    birthDate: '2008-03-15',
    phone: '13800138000',
    homeProvince: '广西',
    homeCity: '百色',
    homeCounty: '田东县',
    homeTown: '',
    homeVillage: '',
    povertyStatus: 'registered',
    guardianName: '',
    guardianRelation: '',
    guardianPhone: '',
    priorEducation: 'junior',
    projectId: project.id,
    cohortId: cohort.id,
    majorId: major.id,
    level: 'intermediate',
    classId: null,
    enrolmentDate: '2024-09-01',
    expectedGraduation: null,
    counsellorId: null,
    dormitory: true,
    bankName: '中国农业银行',
    bankAccount: '6228480012345678901',
    notes: '',
  });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.goto(server.url);
  await page.locator('[name="username"]').fill('admin');
  await page.locator('[name="password"]').fill('admin-pass-1');
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByTestId('user-menu').waitFor();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const field = (name: string) => page.locator(`[name="${name}"]`).first();
/** The error or hint under a field. */
const messageOf = (name: string, kind: 'error' | 'description') =>
  field(name).locator(`xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]`).locator(`.mantine-InputWrapper-${kind}`).textContent();

async function openForm() {
  await page.goto(`${server.url}#/students/${student.id}/edit`);
  await expect.poll(() => field('enrolmentDate').inputValue()).toBe('2024-09-01');
}

describe('the student record in Chromium', () => {
  it('refuses 2019-02-30 typed as the enrolment date, rather than saving it as March', async () => {
    await openForm();
    await field('enrolmentDate').fill('2019-02-30');
    await field('phone').click();
    // Marked as soon as the field is left, and the text stays as typed.
    await expect.poll(() => messageOf('enrolmentDate', 'error')).toContain('有效日期');
    expect(await field('enrolmentDate').inputValue()).toBe('2019-02-30');
    await page.getByTestId('student-save').click();
    await expect.poll(() => page.url()).toContain('/edit');
    expect((await api.call('students.get', { id: student.id })).enrolmentDate).toBe('2024-09-01');

    // Other ways of writing a real date are taken and written the one way.
    await field('enrolmentDate').fill('２０２４/9/2');
    await field('phone').click();
    await expect.poll(() => field('enrolmentDate').inputValue()).toBe('2024-09-02');
    // A 13-year-old is usual, a 5-year-old is not: a hint, not a refusal.
    await field('enrolmentDate').fill('2013-09-01');
    await field('phone').click();
    await expect.poll(() => messageOf('enrolmentDate', 'description')).toContain('入学时5岁');
    await field('name').fill('Huang 2');
    await field('phone').click();
    await expect.poll(() => messageOf('name', 'description')).toContain('姓名通常只有汉字');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'record-form-name.png') });
    await field('enrolmentDate').evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: path.join(SHOTS, 'record-form-enrolment.png') });
  });

  it('offers only classes of the chosen cohort, and those with no cohort apart', async () => {
    await field('classId').scrollIntoViewIfNeeded();
    await field('classId').click();
    const options = await page.getByRole('option').allTextContents();
    expect(options).toEqual(['24汽修1班', '技能提升班']);
    expect(await page.locator('.mantine-Select-groupLabel').allTextContents()).toEqual(['本批次（2024级）', '未设批次的班级']);
    await page.screenshot({ path: path.join(SHOTS, 'record-form-classes.png') });
    await page.keyboard.press('Escape');
  });

  it('asks before leaving the form with unsaved input, and keeps it when told to stay', async () => {
    // The form still holds the input of the tests above.
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await expect.poll(() => page.getByTestId('unsaved-stay').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'record-unsaved.png') });
    await page.getByTestId('unsaved-stay').click();
    expect(page.url()).toContain('/edit');
    expect(await field('name').inputValue()).toBe('Huang 2');

    // Reloading the window asks too (the browser's own question).
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.type();
      void d.dismiss();
    });
    await page.evaluate(() => setTimeout(() => location.reload()));
    await expect.poll(() => asked).toBe('beforeunload');
    expect(await field('name').inputValue()).toBe('Huang 2');

    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await page.getByTestId('unsaved-leave').click();
    await expect.poll(() => page.getByTestId('student-search').count()).toBe(1);

    // Without changes, nothing is asked.
    await openForm();
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await expect.poll(() => page.getByTestId('student-search').count()).toBe(1);
  });

  it('shows an edit conflict in the page’s own time and reloads the record on request', async () => {
    await openForm();
    const fresh = await api.call('students.get', { id: student.id });
    const { id, version, sensitiveMasked: _m, status: _s, statusDate: _d, projectName: _p, cohortName: _c, majorName: _mj, className: _cl, counsellorName: _cn, createdAt: _ca, updatedAt: _u, ...fields } = fresh;
    const saved = await api.call('students.update', { ...fields, id, version, phone: '13912345678' });
    await field('phone').fill('13700000000');
    await page.getByTestId('student-save').click();
    const alert = page.getByTestId('student-form-error');
    await expect.poll(() => alert.textContent()).toContain('张主任');
    const localTime = await page.evaluate((iso) => new Date(iso).toLocaleString('zh-CN', { hour12: false }), saved.updatedAt);
    expect(await alert.textContent()).toContain(localTime);
    await page.screenshot({ path: path.join(SHOTS, 'record-conflict.png') });
    await page.getByTestId('student-form-reload').click();
    await expect.poll(() => field('phone').inputValue()).toBe('13912345678');
    expect(await alert.count()).toBe(0);
  });

  it('links to the student who already has the 身份证号 instead of naming an internal number', async () => {
    await page.goto(`${server.url}#/students/new`);
    await field('name').fill('李小花');
    await field('idNumber').fill(ID_NUMBER);
    await page.getByTestId('student-save').click();
    // The form's own checks come first; fill what they ask for, then the backend answers.
    for (const [name, option] of [
      ['povertyStatus', '建档立卡'],
      ['priorEducation', '初中'],
      ['projectId', '广西百色'],
      ['cohortId', '2024级'],
      ['level', '中级工'],
    ]) {
      await field(name).click();
      await page.getByRole('option', { name: option, exact: true }).click();
    }
    await page.getByTestId('student-save').click();
    const link = page.getByTestId('duplicate-student-link');
    await expect.poll(() => link.count()).toBe(1);
    expect(await messageOf('idNumber', 'error')).toContain('该身份证号已登记：黄小明（广西百色 2024级）');
    expect(await link.getAttribute('href')).toBe(`#/students/${student.id}`);
  });

  it('keeps the bank account masked until asked, like the 身份证号', async () => {
    await page.goto(`${server.url}#/students/${student.id}`);
    const bank = page.getByTestId('student-bank-account');
    await expect.poll(() => bank.textContent()).toBe('**** 8901');
    await page.getByTestId('toggle-bank-account').click();
    expect(await bank.textContent()).toBe('6228480012345678901');
    await page.getByTestId('toggle-bank-account').click();
    expect(await bank.textContent()).toBe('**** 8901');
  });

  it('withdraws a wrong status change from the history, keeping it struck through with the reason', async () => {
    const s = await api.call('students.get', { id: student.id });
    await api.call('students.changeStatus', { id: s.id, version: s.version, event: 'withdraw', date: '2025-06-30', reason: '录错了人' });
    await page.goto(`${server.url}#/students/${student.id}?tab=history`);
    // Changed behind the page's back: read it afresh, as the office would on opening it.
    await page.reload();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(2);
    // Only the latest change can be withdrawn; never the enrolment.
    expect(await page.getByTestId('history-withdraw').count()).toBe(1);
    await page.getByTestId('history-withdraw').click();
    await page.getByTestId('status-void-confirm').click();
    // The reason is required; its example stays grey when the field is marked.
    await expect.poll(() => page.getByText('必填').count()).toBe(1);
    const placeholderColor = await page.getByTestId('status-voidReason').evaluate((el) => getComputedStyle(el, '::placeholder').color);
    const errorColor = await page.getByText('必填').evaluate((el) => getComputedStyle(el).color);
    expect(placeholderColor).not.toBe(errorColor);
    await page.screenshot({ path: path.join(SHOTS, 'record-withdraw.png') });
    await page.getByTestId('status-voidReason').fill('误录，应为同班另一名学生');
    await page.getByTestId('status-void-confirm').click();

    const voided = page.locator('[data-testid="history-row"][data-voided]');
    await expect.poll(() => voided.count()).toBe(1);
    const decoration = (el: Element) => getComputedStyle(el).textDecorationLine;
    expect(await voided.locator('td').first().evaluate(decoration)).toBe('line-through');
    expect(await voided.getByText('退学', { exact: true }).evaluate(decoration)).toBe('line-through');
    expect(await voided.textContent()).toContain('张主任于');
    expect(await voided.textContent()).toContain('误录，应为同班另一名学生');
    expect(await page.getByTestId('history-withdraw').count()).toBe(0);
    expect((await api.call('students.get', { id: student.id })).status).toBe('enrolled');
    expect(await page.textContent('body')).toContain('在读');
    await page.screenshot({ path: path.join(SHOTS, 'record-history.png') });
  });
});
