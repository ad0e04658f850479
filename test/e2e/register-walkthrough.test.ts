import type Database from 'better-sqlite3';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { studentFields, type Student, type StudentFields } from '../../electron/contract/students';
import { nameKeys } from '../../electron/backend/students/pinyin';
import { HttpClient } from '../support/api';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { startTestServer } from '../support/server';

/**
 * A new user's walk through the screens issue 7 mended, at 1366×768: a first run on a fresh
 * install, then the demo register as office, leader and administrator. Every step checks what it
 * shows and leaves a screenshot (test-results/walk-NN-*.png) to look at.
 */
let app: DemoApp;
/** A student renamed so the search for 班 has a recent name holding 班 that is not at its start. */
const INNER = '李班';
let withBan: string[] = [];

beforeAll(async () => {
  app = await startDemoApp({
    prepare: (db: Database.Database) => {
      const keys = nameKeys(INNER);
      db.prepare('UPDATE students SET name = ?, name_pinyin = ?, name_initials = ?, updated_at = ? WHERE id = (SELECT max(id) FROM students)').run(
        INNER,
        keys.namePinyin,
        keys.nameInitials,
        '2030-01-01T00:00:00.000Z',
      );
      withBan = (db.prepare("SELECT name FROM students WHERE name LIKE '%班%'").all() as { name: string }[]).map((r) => r.name);
    },
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/**
 * Once a smooth scroll (to the first error) has come to rest, since Chromium may catch the fixed
 * header mid-move; transitions finished, so a border is caught in its final colour.
 */
async function shot(page: Page, name: string) {
  const resting = () =>
    page.evaluate(() => {
      const y = scrollY;
      return new Promise<boolean>((resolve) => setTimeout(() => resolve(scrollY === y), 200));
    });
  await expect.poll(resting).toBe(true);
  await page.screenshot({ path: path.join(SHOTS, `walk-${name}.png`), animations: 'disabled' });
}
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`).first();
/** Scrolls the window (only) so the field sits mid-screen; element.scrollIntoView also shifts the app shell's own boxes. */
const centre = (page: Page, name: string) =>
  field(page, name).evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - window.innerHeight / 2));
/** The error or hint Mantine shows under a field. */
const messageOf = (page: Page, name: string, kind: 'error' | 'description') =>
  field(page, name).locator('xpath=ancestor::div[contains(@class,"mantine-InputWrapper-root")][1]').locator(`.mantine-InputWrapper-${kind}`).textContent();

function fieldsOf(s: Student): StudentFields {
  const picked = Object.fromEntries(Object.keys(studentFields.shape).map((k) => [k, s[k as keyof Student]]));
  return { ...(picked as StudentFields), studentNo: s.studentNo ?? '' };
}

async function choose(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
  await expect.poll(() => page.getByTestId(testId).inputValue()).toBe(option);
}

/** An enrolled student in a class of the cohort with the most classes: the most to choose from. */
async function studentWithCohortClasses(office: HttpClient) {
  const classes = await office.call('classes.list', {});
  const count = (cohortId: number | null) => classes.filter((c) => c.cohortId === cohortId).length;
  for (const k of classes.filter((c) => c.cohortId !== null).sort((x, y) => count(y.cohortId) - count(x.cohortId))) {
    const row = (await office.call('students.list', { classId: k.id, status: 'enrolled' })).rows[0];
    if (row) return office.call('students.get', { id: row.id });
  }
  throw new Error('no enrolled student in a class of a cohort');
}

describe('a walk through the mended register at 1366×768', () => {
  it('first run: the setup page checks itself in either language and asks for the school name; then the checklist and a chosen password', async () => {
    const fresh = await startTestServer();
    try {
      const page = await app.newPage();
      await page.goto(fresh.url);
      await field(page, 'schoolName').waitFor();
      // No invented school name: the header shows none until one is entered.
      expect(await field(page, 'schoolName').inputValue()).toBe('');
      await page.getByRole('button', { name: '创建管理员并登录' }).click();
      await expect.poll(() => messageOf(page, 'schoolName', 'error')).toBe('必填');
      await page.getByText('English', { exact: true }).click();
      await expect.poll(() => messageOf(page, 'schoolName', 'error')).toBe('Required');
      expect(await page.textContent('body')).toContain('School name');
      await shot(page, '01-setup-en');

      await page.getByText('简体中文', { exact: true }).click();
      await expect.poll(() => messageOf(page, 'schoolName', 'error')).toBe('必填');
      await field(page, 'schoolName').fill('百色市职业技术学校');
      await field(page, 'username').fill('admin');
      await field(page, 'displayName').fill('张主任');
      await field(page, 'password').fill('admin-pass-1');
      await field(page, 'passwordRepeat').fill('admin-pass-1');
      await shot(page, '02-setup-zh');
      await page.getByRole('button', { name: '创建管理员并登录' }).click();

      await page.getByTestId('getting-started').waitFor();
      expect(await page.locator('header').textContent()).toContain('百色市职业技术学校');
      expect(await page.getByTestId('setup-step-school').getAttribute('data-done')).toBe('true');
      for (const step of ['projects', 'classes', 'users', 'students']) {
        expect(await page.getByTestId(`setup-step-${step}`).getAttribute('data-done'), step).toBe('false');
      }
      await shot(page, '03-getting-started');

      const admin = new HttpClient(fresh.url);
      await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
      await admin.call('users.create', { username: 'li', displayName: '帮扶办李老师', role: 'office', password: 'given-pass-1' });
      const li = await app.newPage();
      await li.goto(fresh.url);
      await field(li, 'username').fill('li');
      await field(li, 'password').fill('given-pass-1');
      await field(li, 'password').press('Enter');
      await li.getByTestId('choose-password').waitFor();
      // Nothing else is reachable until the administrator's password is replaced.
      expect(await li.locator('nav').count()).toBe(0);
      await shot(li, '04-choose-password');
      await field(li, 'currentPassword').fill('given-pass-1');
      await field(li, 'newPassword').fill('li-own-pass-1');
      await field(li, 'newPasswordRepeat').fill('li-own-pass-1');
      await li.getByTestId('change-password-save').click();
      await li.locator('nav').waitFor();
      await page.context().close();
      await li.context().close();
    } finally {
      await fresh.close();
    }
  });

  it('the office: 修改密码, the list filtered and searched, the form, status changes, the student page', async () => {
    const page = await app.signIn('office');
    const office = await app.api('office');

    // 修改密码 opens from the user menu.
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.waitFor();
    await field(page, 'currentPassword').fill('not-my-password');
    await field(page, 'newPassword').fill('office-new-pass');
    await field(page, 'newPasswordRepeat').fill('office-new-pass');
    await page.getByTestId('change-password-save').click();
    await expect.poll(() => messageOf(page, 'currentPassword', 'error')).toBe('当前密码不正确');
    await shot(page, '05-change-password');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // The list filtered by a cohort offers only its classes (and those with no cohort, apart); values stay clear of ✕.
    const student = await studentWithCohortClasses(office);
    const classes = await office.call('classes.list', {});
    const cohorts = await office.call('cohorts.list', {});
    const cohort = cohorts.find((c) => c.id === student.cohortId)!;
    const ownClasses = classes.filter((c) => c.cohortId === cohort.id).map((c) => c.name);
    const noCohort = classes.filter((c) => c.cohortId === null).map((c) => c.name);
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(50);
    await choose(page, 'filter-cohortId', `${cohort.projectName} · ${cohort.name}`);
    await page.getByTestId('filter-classId').click();
    expect(await page.locator('.mantine-Select-groupLabel').allTextContents()).toEqual([`本批次（${cohort.name}）`, '未设批次的班级']);
    expect(await page.getByRole('option').allTextContents()).toEqual([...ownClasses, ...noCohort]);
    await page.getByRole('option', { name: student.className!, exact: true }).click();
    await choose(page, 'filter-status', '在读');
    const expected = await office.call('students.list', { cohortId: cohort.id, classId: student.classId, status: 'enrolled' });
    await expect.poll(() => page.getByTestId('student-total').textContent()).toContain(String(expected.total));
    const boxes = await page.$$eval('input[data-testid^="filter-"]', (inputs) =>
      inputs
        .map((el) => el as HTMLInputElement)
        .filter((input) => input.value !== '')
        .map((input) => {
          const box = input.getBoundingClientRect();
          const style = getComputedStyle(input);
          const clear = input.closest('.mantine-Input-wrapper, .mantine-Select-wrapper')?.querySelector('button');
          return {
            value: input.value,
            textRight: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
            clearLeft: clear ? clear.getBoundingClientRect().left : Infinity,
            cut: input.scrollWidth > input.clientWidth,
          };
        }),
    );
    expect(boxes).toHaveLength(3);
    for (const b of boxes) {
      expect(b.textRight, b.value).toBeLessThanOrEqual(b.clearLeft);
      expect(b.cut, b.value).toBe(false);
    }
    await shot(page, '06-list-filters');

    // 班 finds names holding it, not every student through a class name; names starting with it come first.
    await page.goto(`${app.server.url}#/students`);
    await page.reload();
    await page.getByTestId('student-search').fill('班');
    await expect.poll(() => page.getByTestId('student-total').textContent()).toContain(`共 ${withBan.length} `);
    const found = await page.getByTestId('student-row').evaluateAll((rows) => rows.map((r) => r.querySelectorAll('td')[1]?.textContent ?? ''));
    expect([...found].sort()).toEqual([...withBan].sort());
    const prefixed = withBan.filter((n) => n.startsWith('班')).length;
    expect(prefixed).toBeGreaterThan(0);
    expect(found.slice(0, prefixed).every((n) => n.startsWith('班'))).toBe(true);
    // 李班 was changed last, so only the ranking puts it after the names starting with 班.
    expect(found.indexOf(INNER)).toBe(prefixed);
    expect(await page.getByTestId('student-sort').textContent()).toContain('匹配');
    await shot(page, '07-search-ban');

    // The form offers the cohort's classes only; an odd name is a hint, a day that does not exist a refusal.
    await page.goto(`${app.server.url}#/students/${student.id}/edit`);
    await expect.poll(() => field(page, 'name').inputValue()).toBe(student.name);
    await field(page, 'classId').scrollIntoViewIfNeeded();
    await field(page, 'classId').click();
    expect(await page.locator('.mantine-Select-groupLabel').allTextContents()).toEqual([`本批次（${cohort.name}）`, '未设批次的班级']);
    expect(await page.getByRole('option').allTextContents()).toEqual([...ownClasses, ...noCohort]);
    await shot(page, '08-form-classes');
    await page.keyboard.press('Escape');

    await field(page, 'name').fill('Huang 2');
    await field(page, 'phone').click();
    await expect.poll(() => messageOf(page, 'name', 'description')).toContain('姓名通常只有汉字');
    expect(await field(page, 'name').getAttribute('aria-invalid')).not.toBe('true');
    await centre(page, 'name');
    await shot(page, '09-form-name-warning');
    await field(page, 'name').fill(student.name);

    await field(page, 'enrolmentDate').fill('2019-02-30');
    await field(page, 'phone').click();
    await expect.poll(() => messageOf(page, 'enrolmentDate', 'error')).toContain('有效日期');
    expect(await field(page, 'enrolmentDate').inputValue()).toBe('2019-02-30');
    await page.getByTestId('student-save').click();
    await expect.poll(() => page.url()).toContain('/edit');
    expect((await office.call('students.get', { id: student.id })).enrolmentDate).toBe(student.enrolmentDate);
    await centre(page, 'enrolmentDate');
    await shot(page, '10-form-impossible-date');
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await page.getByTestId('unsaved-leave').click();
    await page.getByTestId('student-search').waitFor();

    // A status change dated after today is refused; one made today is kept, then withdrawn with a reason.
    await page.goto(`${app.server.url}#/students/${student.id}`);
    await page.getByTestId('student-status').click();
    await page.getByTestId('status-event').click();
    await page.getByRole('option', { name: '休学', exact: true }).click();
    const today = chinaToday(new Date());
    const tomorrow = new Date(Date.parse(`${today}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('status-date').fill(tomorrow);
    await page.getByTestId('status-reason').fill('家中有事，请假一学期');
    await page.getByTestId('status-confirm').click();
    const dialogText = () => page.getByRole('dialog').textContent();
    await expect.poll(dialogText).toContain('不能晚于今天');
    expect((await office.call('students.get', { id: student.id })).status).toBe('enrolled');
    await shot(page, '11-status-future-date');
    await page.getByTestId('status-date').fill(today);
    await page.getByTestId('status-confirm').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => (await office.call('students.get', { id: student.id })).status).toBe('suspended');

    await page.getByTestId('tab-history').click();
    await page.getByTestId('history-withdraw').click();
    await page.getByTestId('status-voidReason').fill('录错了学生，应为同班另一人');
    await page.getByTestId('status-void-confirm').click();
    const voided = page.locator('[data-testid="history-row"][data-voided]');
    await expect.poll(() => voided.count()).toBe(1);
    expect(await voided.textContent()).toContain('录错了学生，应为同班另一人');
    expect(await voided.locator('td').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect((await office.call('students.get', { id: student.id })).status).toBe('enrolled');
    await shot(page, '12-status-withdrawn');

    // The student page: 学号, and the bank account masked until asked, like the 身份证号.
    // Opened afresh, as the office would: no toasts left over from the steps before.
    await page.goto(`${app.server.url}#/students/${student.id}`);
    await page.reload();
    const bank = page.getByTestId('student-bank-account');
    await expect.poll(() => bank.textContent()).toBe(`**** ${student.bankAccount.slice(-4)}`);
    expect(await page.getByTestId('student-id-number').textContent()).toBe(`${student.idNumber.slice(0, 4)}${'*'.repeat(10)}${student.idNumber.slice(-4)}`);
    expect(student.studentNo).toBeTruthy();
    expect(await page.textContent('body')).toContain(student.studentNo!);
    await shot(page, '13a-student-number');
    await page.getByTestId('toggle-bank-account').click();
    expect(await bank.textContent()).toBe(student.bankAccount);
    await shot(page, '13b-bank-account');
    await page.context().close();
  });

  it('the leader: no edit form by address, a page saying so', async () => {
    const page = await app.signIn('leader');
    await page.goto(`${app.server.url}#/students/5/edit`);
    await page.getByTestId('no-permission').waitFor();
    expect(await page.getByTestId('no-permission').textContent()).toContain('无权访问');
    expect(await page.getByRole('button', { name: '保存' }).count()).toBe(0);
    expect(await page.locator('[name="idNumber"]').count()).toBe(0);
    await shot(page, '14-no-permission');
    await page.context().close();
  });

  it('the administrator: student counts per project, the audit log in words with links', async () => {
    const page = await app.signIn('admin');
    const admin = await app.api('admin');

    await page.goto(`${app.server.url}#/settings/projects`);
    const projects = await admin.call('projects.list', {});
    await expect.poll(() => page.getByTestId('row-project').count()).toBe(projects.length);
    const rows = await page.getByTestId('row-project').allTextContents();
    for (const p of projects) {
      expect(p.studentCount, p.name).toBe((await admin.call('students.list', { projectId: p.id })).total);
      expect(rows.find((r) => r.includes(p.name)), p.name).toContain(String(p.studentCount));
    }
    expect(new Set(projects.map((p) => p.studentCount)).size).toBeGreaterThan(1);
    await shot(page, '15-settings-projects');

    await page.goto(`${app.server.url}#/settings/audit`);
    await page.getByTestId('audit-entity').click();
    await page.getByRole('option', { name: '学生', exact: true }).click();
    const entries = page.getByTestId('audit-row');
    // Newest first: the withdrawal, then the status change it withdrew.
    await expect.poll(() => entries.first().textContent()).toContain('撤销状态变动');
    await entries.first().getByTestId('audit-expand').click();
    expect(await entries.first().textContent()).toContain('撤销/更正原因：录错了学生，应为同班另一人');
    const change = entries.nth(1);
    const text = (await change.textContent()) ?? '';
    const inWords = ['状态变动', '学籍状态：在读 → 休学', `变动日期：${chinaToday(new Date())}`, '原因：家中有事，请假一学期'];
    for (const words of inWords) expect(text).toContain(words);
    for (const raw of ['date：', 'reason：', 'event：', 'suspend']) expect(text).not.toContain(raw);
    await shot(page, '16-audit-log');
    await change.getByTestId('audit-link').click();
    await expect.poll(() => page.url()).toMatch(/#\/students\/\d+$/);
    await page.getByTestId('student-status').waitFor();
    await page.context().close();
  });

  it('the office: a duplicate 身份证号 names the student with a link; an edit conflict offers a reload', async () => {
    const page = await app.signIn('office');
    const office = await app.api('office');
    const [a, b] = (await office.call('students.list', { status: 'enrolled', sort: 'name', dir: 'asc' })).rows;
    const other = await office.call('students.get', { id: b.id });

    await page.goto(`${app.server.url}#/students/${a.id}/edit`);
    await expect.poll(() => field(page, 'name').inputValue()).toBe(a.name);
    await field(page, 'idNumber').fill(other.idNumber);
    await page.getByTestId('student-save').click();
    const link = page.getByTestId('duplicate-student-link');
    await expect.poll(() => link.count()).toBe(1);
    const message = (await messageOf(page, 'idNumber', 'error')) ?? '';
    expect(message).toContain(`该身份证号已登记：${other.name}（`);
    expect(message).not.toContain('学生编号');
    expect(await link.getAttribute('href')).toBe(`#/students/${other.id}`);
    await centre(page, 'idNumber');
    await shot(page, '17-duplicate-id');
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await page.getByTestId('unsaved-leave').click();
    await page.getByTestId('student-search').waitFor();

    await page.goto(`${app.server.url}#/students/${a.id}/edit`);
    const read = await office.call('students.get', { id: a.id });
    await expect.poll(() => field(page, 'phone').inputValue()).toBe(read.phone);
    const saved = await office.call('students.update', { ...fieldsOf(read), id: a.id, version: read.version, phone: '13912345678' });
    await field(page, 'phone').fill('13700000000');
    await page.getByTestId('student-save').click();
    const alert = page.getByTestId('student-form-error');
    await expect.poll(() => alert.count()).toBe(1);
    const me = (await office.call('auth.status', {})).user!.displayName;
    const localTime = await page.evaluate((iso) => new Date(iso).toLocaleString('zh-CN', { hour12: false }), saved.updatedAt);
    expect(await alert.textContent()).toContain(me);
    expect(await alert.textContent()).toContain(localTime);
    expect(await page.getByTestId('student-form-reload').isVisible()).toBe(true);
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '18-conflict');
    await page.getByTestId('student-form-reload').click();
    await expect.poll(() => field(page, 'phone').inputValue()).toBe('13912345678');
    expect(await alert.count()).toBe(0);
    await page.context().close();
  });
});
