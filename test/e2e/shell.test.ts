import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from '../support/api';
import { launchBrowser } from '../support/browser';
import { RENDERER_DIR, startTestServer, type TestServer } from '../support/server';

/**
 * The app around the register, in Chromium on a fresh install: first-run setup, the
 * getting-started checklist, passwords, pages a role may not open, and where messages appear.
 */
const SHOTS = path.resolve(__dirname, '../../test-results');
const VIEWPORT = { width: 1366, height: 768 };

let server: TestServer;
let browser: Browser;
let page: Page;
let api: HttpClient;

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: VIEWPORT });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Password hashing is deliberately slow, and slower on a busy machine: wait for answers longer than the default second. */
const poll = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000 });

const field = (p: Page, name: string) => p.locator(`[name="${name}"]`).first();
/** The message Mantine shows under an input (linked by aria-describedby). */
async function errorUnder(p: Page, name: string): Promise<string> {
  const ids = (await field(p, name).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter((id) => id.endsWith('-error'))
      .map((id) => p.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' ');
}

async function signIn(p: Page, username: string, password: string) {
  await field(p, 'username').fill(username);
  await field(p, 'password').fill(password);
  await p.getByRole('button', { name: '登录', exact: true }).click();
}

async function choosePassword(p: Page, current: string, next: string) {
  await field(p, 'currentPassword').fill(current);
  await field(p, 'newPassword').fill(next);
  await field(p, 'newPasswordRepeat').fill(next);
  await p.getByTestId('change-password-save').click();
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

async function box(l: Locator) {
  const b = await l.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}

describe('the app shell in Chromium', () => {
  it('checks the setup form itself, in the chosen language, and asks for the school name', async () => {
    await page.goto(server.url);
    await field(page, 'schoolName').waitFor();
    expect(await page.locator('form').evaluate((f: HTMLFormElement) => f.noValidate)).toBe(true);
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await poll(() => errorUnder(page, 'schoolName')).toBe('必填');
    expect(await errorUnder(page, 'displayName')).toBe('必填');
    expect(await errorUnder(page, 'passwordRepeat')).toBe('必填');
    await page.screenshot({ path: path.join(SHOTS, 'shell-setup-zh.png') });

    await page.getByText('English', { exact: true }).click();
    await poll(() => errorUnder(page, 'schoolName')).toBe('Required');
    expect(await page.textContent('body')).toContain('School name');
    await page.screenshot({ path: path.join(SHOTS, 'shell-setup-en.png') });
    await page.getByText('简体中文', { exact: true }).click();
    await poll(() => errorUnder(page, 'schoolName')).toBe('必填');

    await field(page, 'schoolName').fill('百色市职业技术学校');
    await field(page, 'displayName').fill('张主任');
    await field(page, 'password').fill('admin-pass-1');
    await field(page, 'passwordRepeat').fill('admin-pass-2');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await poll(() => errorUnder(page, 'passwordRepeat')).toBe('两次输入的密码不一致');
    await field(page, 'passwordRepeat').fill('admin-pass-1');
    await page.getByRole('button', { name: '创建管理员并登录' }).click();
    await poll(() => page.getByTestId('user-menu').textContent()).toContain('张主任');
    expect(await page.locator('header').textContent()).toContain('百色市职业技术学校');
    api = new HttpClient(server.url);
    await api.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
  });

  it('guides a first run: checklist, an empty register that says how to start, where to add projects', async () => {
    const checklist = page.getByTestId('getting-started');
    await checklist.waitFor();
    expect(await page.getByTestId('setup-step-school').getAttribute('data-done')).toBe('true');
    for (const step of ['projects', 'classes', 'users', 'students'])
      expect(await page.getByTestId(`setup-step-${step}`).getAttribute('data-done'), step).toBe('false');
    await page.screenshot({ path: path.join(SHOTS, 'shell-checklist.png') });
    // The checklist is on the home page, where everyone lands; the register says how to start on its own.
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    expect(await page.getByTestId('student-empty').textContent()).toContain('新建学生');
    expect(await page.getByTestId('getting-started').count()).toBe(0);

    await page.getByTestId('student-new').click();
    await poll(() => page.getByTestId('no-projects-hint').textContent()).toContain('项目与批次');
    await page.getByTestId('no-projects-hint').getByRole('link').click();
    await poll(() => page.url()).toContain('#/settings/projects');

    await page.getByTestId('create-project').click();
    await field(page, 'name').fill('广西百色');
    await page.getByTestId('modal-save').click();
    await page.getByTestId('row-project').waitFor();
    await page.getByTestId('create-cohort').click();
    await field(page, 'projectId').click();
    await page.getByRole('option', { name: '广西百色', exact: true }).click();
    await page.getByTestId('modal-save').click();
    await page.getByTestId('row-cohort').waitFor();
    await page.locator('nav').getByRole('link', { name: '首页', exact: true }).click();
    await poll(() => page.getByTestId('setup-step-projects').getAttribute('data-done')).toBe('true');
    expect(await page.getByTestId('setup-step-classes').getAttribute('data-done')).toBe('false');
  });

  it('opens 修改密码 from the user menu, by mouse and by keyboard, and changes the password', async () => {
    await page.getByTestId('user-menu').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('menu-change-password').waitFor();
    // Mantine moves focus into the menu a moment after it opens, onto the menu or its first item:
    // wait for that, then arrow down only as far as 修改密码 (one press too many lands on 退出).
    const focused = () => page.evaluate(() => (document.activeElement?.closest('[role="menu"]') ? (document.activeElement.getAttribute('data-testid') ?? 'menu') : null));
    await poll(focused).not.toBeNull();
    for (let presses = 0; (await focused()) !== 'menu-change-password' && presses < 2; presses++) await page.keyboard.press('ArrowDown');
    expect(await focused()).toBe('menu-change-password');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '修改密码' });
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-change-password').click();
    await dialog.waitFor();
    await field(page, 'currentPassword').fill('wrong-password');
    await field(page, 'newPassword').fill('admin-pass-2');
    await field(page, 'newPasswordRepeat').fill('admin-pass-2');
    await page.screenshot({ path: path.join(SHOTS, 'shell-change-password.png') });
    await page.getByTestId('change-password-save').click();
    await poll(() => errorUnder(page, 'currentPassword')).toBe('当前密码不正确');
    await choosePassword(page, 'admin-pass-1', 'admin-pass-2');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByText('密码已修改').count()).toBe(1);

    const fresh = new HttpClient(server.url);
    expect((await fresh.fail('auth.login', { username: 'admin', password: 'admin-pass-1' })).code).toBe('bad_credentials');
    await fresh.call('auth.login', { username: 'admin', password: 'admin-pass-2' });
    api = fresh;
  });

  it('shows the 已保存 message clear of the user menu', async () => {
    await page.goto(server.url + '#/settings/general');
    // A fresh page: toasts of the steps before would still be on screen.
    await page.reload();
    await page.getByTestId('settings-save').click();
    const toast = page.locator('.mantine-Notification-root', { hasText: '已保存' });
    await toast.waitFor();
    expect(overlaps(await box(toast), await box(page.getByTestId('user-menu')))).toBe(false);
  });

  it('sets when 预警 flags a student in 基本设置, for everyone', async () => {
    await page.goto(server.url + '#/settings/general');
    await page.reload();
    const floor = field(page, 'warningThresholds.attendanceBelow');
    await floor.waitFor();
    expect(await floor.inputValue()).toBe('80');
    expect(await page.getByText('出勤率下降幅度（百分点）').count()).toBe(1);
    await floor.fill('90');
    await field(page, 'warningThresholds.missedMonths').fill('3');
    await page.getByTestId('settings-save').click();
    await page.locator('.mantine-Notification-root', { hasText: '已保存' }).waitFor();
    expect((await api.call('settings.get', {})).warningThresholds).toEqual({ attendanceBelow: 90, attendanceDrop: 15, missedMonths: 3 });
    await page.screenshot({ path: path.join(SHOTS, 'settings-warnings.png'), fullPage: true });
  });

  it('makes an account an administrator created choose its own password at first sign-in', async () => {
    await api.call('users.create', { username: 'cai', displayName: '财务蔡老师', role: 'finance', password: 'initial-cai-1' });
    const context = await browser.newContext({ viewport: VIEWPORT });
    const p = await context.newPage();
    await p.goto(server.url);
    await signIn(p, 'cai', 'initial-cai-1');
    await p.getByTestId('choose-password').waitFor();
    expect(await p.locator('nav').count()).toBe(0);
    await p.screenshot({ path: path.join(SHOTS, 'shell-choose-password.png') });
    await choosePassword(p, 'initial-cai-1', 'initial-cai-1');
    await poll(() => errorUnder(p, 'newPassword')).toBe('新密码不能与当前密码相同');
    await choosePassword(p, 'initial-cai-1', 'cai-own-pass');
    await p.getByTestId('home-card-allowance-batches').waitFor();
    expect(await p.getByTestId('choose-password').count()).toBe(0);
    await context.close();
  });

  it('tells finance it may not edit a student or open the user list, with no 保存 to press', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const p = await context.newPage();
    await p.goto(server.url);
    await signIn(p, 'cai', 'cai-own-pass');
    await p.getByTestId('home-card-allowance-batches').waitFor();
    // Finance has nothing to set up, so no checklist.
    expect(await p.getByTestId('getting-started').count()).toBe(0);

    await p.goto(server.url + '#/students/1/edit');
    await p.getByTestId('no-permission').waitFor();
    expect(await p.getByTestId('no-permission').textContent()).toContain('无权访问');
    expect(await p.getByRole('button', { name: '保存' }).count()).toBe(0);
    await p.screenshot({ path: path.join(SHOTS, 'shell-no-permission.png') });
    await p.goto(server.url + '#/settings/users');
    await p.getByTestId('no-permission').waitFor();
    await p.getByRole('link', { name: '返回首页' }).click();
    await p.getByTestId('home-card-allowance-batches').waitFor();
    await context.close();
  });

  it('links audit entries to their records, and going back finds the log filtered as it was', async () => {
    await page.goto(server.url + '#/settings/audit');
    await page.getByTestId('audit-entity').click();
    await page.getByRole('option', { name: '帮扶项目', exact: true }).click();
    await poll(() => page.getByTestId('audit-row').count()).toBe(1);
    await page.getByTestId('audit-link').first().click();
    await poll(() => page.url()).toContain('#/settings/projects');
    await page.goBack();
    await poll(() => page.getByTestId('audit-row').count()).toBe(1);
    expect(await page.getByTestId('audit-entity').inputValue()).toBe('帮扶项目');
  });
});
