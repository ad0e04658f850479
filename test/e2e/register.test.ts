import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makeIdNumber } from '../support/fixtures';
import { RENDERER_DIR, startTestServer, type TestServer } from '../support/server';

/**
 * The built renderer in browser mode on a temporary database, driven through Chromium the way
 * an office worker would use it.
 */
const SHOTS = path.resolve(__dirname, '../../test-results');

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Pick an option of a Mantine Select found by its name attribute. */
async function choose(p: Page, name: string, option: string) {
  await p.locator(`[name="${name}"]`).first().click();
  await p.getByRole('option', { name: option, exact: true }).click();
}

/** Go to an area through the side navigation. */
async function nav(p: Page, area: string) {
  await p.locator('nav').getByRole('link', { name: area, exact: true }).click();
}

async function fill(p: Page, name: string, value: string) {
  await p.locator(`[name="${name}"]`).first().fill(value);
}

/** Waits on a password being hashed (deliberately slow, slower on a busy machine) get more than the default second. */
const HASHING = { timeout: 15_000 };

const STUDENT_ID = makeIdNumber('451022', '20080315', 21); // sequence 021: odd → male

describe('the student register in Chromium', () => {
  it('creates the administrator on first run and signs in', async () => {
    await page.goto(server.url);
    await fill(page, 'schoolName', '深圳鹏城技师学院');
    await fill(page, 'username', 'admin');
    await fill(page, 'displayName', '张主任');
    await fill(page, 'password', 'admin-pass-1');
    await fill(page, 'passwordRepeat', 'admin-pass-1');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await expect.poll(() => page.getByTestId('user-menu').textContent(), HASHING).toContain('张主任');
  });

  it('adds a project, a cohort and two counsellors in the settings', async () => {
    await nav(page, '设置');
    await page.getByTestId('settings-tab-projects').click();
    await page.getByTestId('create-project').click();
    await fill(page, 'name', '广西百色');
    await fill(page, 'partnerProvince', '广西');
    await page.getByTestId('modal-save').click();
    await expect.poll(() => page.getByTestId('row-project').first().textContent()).toContain('广西百色');

    await page.getByTestId('create-cohort').click();
    await choose(page, 'projectId', '广西百色');
    await fill(page, 'intakeYear', '2024');
    await fill(page, 'name', '2024级');
    await page.getByTestId('modal-save').click();
    await expect.poll(() => page.getByTestId('row-cohort').first().textContent()).toContain('2024级');

    await page.getByTestId('settings-tab-users').click();
    for (const [username, name] of [
      ['wang', '王老师'],
      ['zhao', '赵老师'],
    ]) {
      await page.getByTestId('create-user').click();
      await fill(page, 'username', username);
      await fill(page, 'displayName', name);
      await choose(page, 'role', '班主任/辅导员');
      await fill(page, 'password', `${username}-pass-1`);
      await page.getByTestId('modal-save').click();
      await expect.poll(() => page.getByTestId('row-user').allTextContents(), HASHING).toEqual(expect.arrayContaining([expect.stringContaining(name)]));
    }
  });

  it('creates a student, refusing a wrong 身份证号 at the field first', async () => {
    await nav(page, '学生');
    await page.getByTestId('student-new').click();
    await fill(page, 'name', '黄小明');
    await fill(page, 'idNumber', STUDENT_ID.slice(0, 17) + (STUDENT_ID[17] === '1' ? '2' : '1'));
    await expect.poll(() => page.getByText('身份证号校验位错误').count()).toBeGreaterThan(0);
    await fill(page, 'idNumber', STUDENT_ID);
    await fill(page, 'phone', '13800138000');
    await choose(page, 'povertyStatus', '建档立卡');
    await choose(page, 'priorEducation', '初中');
    await choose(page, 'projectId', '广西百色');
    await choose(page, 'cohortId', '2024级');
    await choose(page, 'level', '中级工');
    await fill(page, 'enrolmentDate', '2024-09-01');
    await choose(page, 'counsellorId', '王老师');
    await page.getByTestId('student-save').click();
    await expect.poll(() => page.getByTestId('student-edit').count()).toBe(1);
    expect(await page.textContent('body')).toContain('黄小明');
  });

  it('finds the student by name and by 身份证号 tail', async () => {
    await nav(page, '学生');
    await page.getByTestId('student-search').fill('小明');
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(1);
    await page.getByTestId('student-search').fill(STUDENT_ID.slice(-6));
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(1);
    await page.getByTestId('student-search').fill('不存在的人');
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(0);
    await page.getByTestId('student-search').fill('');
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(1);
    // Masked in the list.
    expect(await page.getByTestId('student-row').first().textContent()).toContain(STUDENT_ID.slice(0, 4) + '**********');
  });

  it('edits the student', async () => {
    await page.getByTestId('student-row').first().click();
    await page.getByTestId('student-edit').click();
    await fill(page, 'phone', '13912345678');
    await page.getByTestId('student-save').click();
    await expect.poll(() => page.getByTestId('student-edit').count()).toBe(1);
    expect(await page.textContent('body')).toContain('13912345678');
  });

  it('changes the status and shows it in the history', async () => {
    await page.getByTestId('student-status').click();
    await choose(page, 'event', '休学');
    await page.getByTestId('status-date').fill('2025-03-01');
    await page.getByTestId('status-reason').fill('家中有事');
    await page.getByTestId('status-confirm').click();
    await page.getByTestId('tab-history').click();
    await expect.poll(() => page.getByTestId('history-row').count()).toBe(2);
    expect(await page.getByTestId('history-row').first().textContent()).toContain('家中有事');
  });

  it('shows the changes in the audit log by name, in words rather than codes', async () => {
    await nav(page, '设置');
    await page.getByTestId('settings-tab-audit').click();
    await page.getByTestId('audit-entity').click();
    await page.getByRole('option', { name: '学生', exact: true }).click();
    await expect.poll(() => page.getByTestId('audit-row').count()).toBe(3);
    const [status, update, create] = await page.getByTestId('audit-row').allTextContents();
    expect(status).toMatch(/黄小明.*在读.*→.*休学/);
    // The log keeps phone numbers masked to their last 4 digits.
    expect(update).toContain('*******5678');
    expect(update).not.toContain('13912345678');
    expect(create).toMatch(/姓名：黄小明.*性别：男/);
    await nav(page, '学生');
  });

  it('still has the data after the server restarts', async () => {
    const dataDir = server.dataDir;
    await server.close();
    server = await startTestServer(dataDir);
    await page.goto(server.url + '#/students');
    if (await page.locator('[name="password"]').count()) {
      await fill(page, 'username', 'admin');
      await fill(page, 'password', 'admin-pass-1');
      await page.getByRole('button', { name: '登录' }).click();
    }
    await expect.poll(() => page.getByTestId('student-row').count(), HASHING).toBe(1);
    expect(await page.getByTestId('student-row').first().textContent()).toContain('黄小明');
  });

  it('shows a counsellor only their own students', async () => {
    const office = new HttpClient(server.url);
    await office.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const first = (await office.call('students.list', {})).rows[0];
    const full = await office.call('students.get', { id: first.id });
    const zhao = (await office.call('users.options', { role: 'counsellor' })).find((u) => u.displayName === '赵老师')!;
    const otherId = makeIdNumber('451022', '20080601', 32);
    const { id: _id, version: _v, sensitiveMasked: _m, status: _s, statusDate: _d, projectName: _p, cohortName: _c, majorName: _mj, className: _cl, counsellorName: _cn, createdAt: _ca, updatedAt: _u, ...fields } = full;
    await office.call('students.create', { ...fields, name: '李小花', idNumber: otherId, birthDate: '2008-06-01', gender: 'F', counsellorId: zhao.id });

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const p = await context.newPage();
    await p.goto(server.url);
    await fill(p, 'username', 'wang');
    await fill(p, 'password', 'wang-pass-1');
    await p.getByRole('button', { name: '登录' }).click();
    // The administrator chose this password, so 王老师 replaces it first.
    await fill(p, 'currentPassword', 'wang-pass-1');
    await fill(p, 'newPassword', 'wang-own-pass');
    await fill(p, 'newPasswordRepeat', 'wang-own-pass');
    await p.getByTestId('change-password-save').click();
    // Signed in, 王老师 lands on the home page; the register is one click away.
    await p.getByTestId('home-card-my-classes').waitFor();
    await nav(p, '学生');
    await p.getByTestId('student-total').waitFor();
    await expect.poll(() => p.getByTestId('student-row').count()).toBe(1);
    expect(await p.getByTestId('student-row').first().textContent()).toContain('黄小明');
    expect(await p.textContent('body')).not.toContain('李小花');
    await context.close();

    // The office sees both; this is the screenshot of the list to look at.
    await page.reload();
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, 'student-list.png'), fullPage: true });
  });
});
