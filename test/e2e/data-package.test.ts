import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { startTestServer, type TestServer } from '../support/server';
import { tempDir } from '../support/temp';

/**
 * Moving the office to a new PC in Chromium: the administrator exports a data package in 设置 →
 * 备份; a fresh install restores it from its first-run page; the old administrator signs in there
 * with the old password and finds the students.
 */

let app: DemoApp;
let newPc: TestServer | null = null;
/** the package the first test exported */
let packageFile = '';

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 7, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => {
  await newPc?.close();
  await app?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `data-package-${name}.png`), fullPage: true });

describe('data package', () => {
  it('is exported on the old PC and restored on a fresh install from its first-run page', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份' }).click();
    const panel = page.getByTestId('package-panel');
    await panel.waitFor();
    expect(await page.getByTestId('package-warning').innerText()).toContain('身份证号和银行账号');

    const usb = path.join(tempDir(), 'U盘');
    await page.getByTestId('package-folder').fill(usb);
    await page.getByTestId('package-export').click();
    const exported = page.getByTestId('package-exported');
    await exported.waitFor({ timeout: 30_000 });
    expect(await exported.innerText()).toMatch(/40 名学生/);
    const [file] = fs.readdirSync(usb).map((n) => path.join(usb, n));
    packageFile = file;
    expect(path.basename(file)).toMatch(/^帮扶生数据包-.+-\d{8}-\d{4}\.bfpkg$/);
    expect(await exported.innerText()).toContain(file);
    await panel.scrollIntoViewIfNeeded();
    await shot(page, '1-exported');

    // the new PC: a fresh install, its first-run page
    newPc = await startTestServer(tempDir());
    const fresh = await app.newPage();
    await fresh.goto(newPc.url);
    const link = fresh.getByTestId('setup-restore-package');
    await link.waitFor();
    await shot(fresh, '2-first-run');
    await link.click();
    const dialog = fresh.getByRole('dialog');
    await fresh.getByTestId('package-file').fill(path.join(usb, 'nothing.bfpkg'));
    await fresh.getByTestId('package-restore').click();
    await expect.poll(() => dialog.innerText()).toContain('找不到这个文件');
    await fresh.getByTestId('package-file').fill(file);
    await shot(fresh, '3-restore');
    await fresh.getByTestId('package-restore').click();

    // the register has its accounts now: the sign-in page, and a notice of what came
    await fresh.locator('[name="username"]').waitFor({ timeout: 30_000 });
    expect(await fresh.getByTestId('package-restored').innerText()).toMatch(/40 名学生[\s\S]*请用旧电脑上的账户和密码登录/);
    // the notice slides in
    await fresh.waitForTimeout(600);
    await shot(fresh, '4-restored');

    await fresh.locator('[name="username"]').fill('admin');
    await fresh.locator('[name="password"]').fill(app.password);
    await fresh.locator('[name="password"]').press('Enter');
    await fresh.locator('nav').waitFor();
    const old = new Database(dbFileIn(app.dataDir), { readonly: true });
    const newest = (old.prepare('SELECT name FROM students ORDER BY updated_at DESC, id DESC LIMIT 1').get() as { name: string }).name;
    old.close();
    await fresh.goto(`${newPc.url}#/students`);
    await expect.poll(() => fresh.getByTestId('student-row').count(), { timeout: 15_000 }).toBe(40);
    expect(await fresh.getByTestId('student-row').allInnerTexts()).toContainEqual(expect.stringContaining(newest));
    await shot(fresh, '5-students');
  });

  it('is restored by the administrator over a register in use, with a reason, everyone signing in again', async () => {
    expect(packageFile).not.toBe('');
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份' }).click();
    await page.getByTestId('package-import').click();
    await page.getByTestId('package-file').fill(packageFile);
    await page.getByTestId('package-restore').click();
    // the reason is asked for first
    await expect.poll(() => page.getByRole('dialog').innerText()).toContain('必填');
    await page.getByTestId('package-reason').fill('演示：从数据包恢复');
    await shot(page, '6-admin-restore');
    await page.getByTestId('package-restore').click();
    await page.locator('[name="username"]').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('package-restored').innerText()).toContain('40 名学生');
    expect(fs.readdirSync(path.join(app.dataDir, 'backups')).some((n) => n.endsWith('-before-package.sqlite'))).toBe(true);
  });
});
