import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { lanAddresses } from '../../electron/backend/lan/certificate';
import { followHostMode } from '../../electron/backend/lan/hostMode';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 设置 → 备份 in Chromium: the backups listed with why and whether whole, one taken by hand, and a
 * restore that puts the register back and signs everyone out.
 */

let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 7, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => app?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `backups-${name}.png`), fullPage: true });

describe('backups', () => {
  it('takes a backup by hand and restores it, everyone signing in again', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份' }).click();
    await page.getByTestId('backups-page').waitFor();
    // the demo's import in September left its backup
    await expect.poll(() => page.getByTestId('backup-row').allInnerTexts()).toEqual([expect.stringContaining('导入前')]);

    await page.getByTestId('backup-now').click();
    await expect.poll(() => page.getByTestId('backup-row').count()).toBe(2);
    const manual = page.getByTestId('backup-row').first();
    expect(await manual.innerText()).toMatch(/手动[\s\S]*MB[\s\S]*40[\s\S]*完好/);
    await shot(page, '1-list');

    // a project added after the backup is gone once it is restored
    const office = await app.api('office');
    const project = { name: '云南昭通', partnerProvince: '云南', partnerCity: '昭通', partnerCounty: '镇雄县', partnerSchool: '镇雄县职业高级中学', agreementDate: null, model: 'full_time' as const, notes: '' };
    await office.call('projects.create', project);
    const names = async () => (await (await app.api('office')).call('projects.list', {})).map((p) => p.name);
    expect(await names()).toContain('云南昭通');
    await manual.getByTestId('restore-backup').click();
    await page.getByRole('dialog').getByRole('textbox').fill('演示：恢复到刚才的备份');
    await shot(page, '2-restore');
    await page.getByRole('dialog').getByRole('button', { name: '恢复' }).click();
    await page.locator('[name="username"]').waitFor({ timeout: 20_000 });
    expect((await office.fail('students.list', {})).code).toBe('unauthenticated');

    expect(await names()).not.toContain('云南昭通');
    await app.signIn('admin', page);
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('tab', { name: '备份' }).click();
    await expect.poll(() => page.getByTestId('backup-row').allInnerTexts()).toEqual([
      expect.stringContaining('恢复前'),
      expect.stringContaining('手动'),
      expect.stringContaining('导入前'),
    ]);
    await shot(page, '3-after');
  });

  it('lists who is signed in from where on 局域网, and signs one out', async () => {
    const office = await app.api('office');
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: '设置' }).click();
    await page.getByRole('tab', { name: '局域网' }).click();
    await page.getByTestId('network-page').waitFor();
    const rows = page.getByTestId('session-row');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(2);
    const mine = rows.filter({ hasText: '当前' });
    expect(await mine.innerText()).toMatch(/系统管理员[\s\S]*127\.0\.0\.1[\s\S]*Linux · Chrome/);
    await shot(page, '4-network');
    const theirs = rows.filter({ hasText: '帮扶办' }).first();
    await theirs.getByTestId('end-session').click();
    await expect.poll(async () => (await office.fail('students.list', {})).code).toBe('unauthenticated');
  });

  it('turns host mode on from 局域网 and shows where the office reaches it', async () => {
    // What Electron's main or serve does beside the backend: follow the setting and own the sockets.
    const opened = openDatabase({ file: dbFileIn(app.dataDir) });
    const follower = followHostMode({ dataDir: app.dataDir, backend: createBackend(opened), staticDir: null, log: () => {} });
    try {
      const page = await app.signIn('admin');
      await page.getByRole('link', { name: '设置' }).click();
      await page.getByRole('tab', { name: '局域网' }).click();
      await page.getByTestId('host-mode').waitFor();
      expect(await page.getByTestId('network-fingerprint').innerText()).toContain('尚未生成');
      await page.getByTestId('host-switch').click();
      const port = String(40000 + Math.floor(Math.random() * 20000));
      await page.getByTestId('host-port').fill(port);
      await page.getByTestId('host-save').click();
      await expect.poll(() => page.getByTestId('host-serving').innerText(), { timeout: 15_000 }).toContain(`:${port}/`);
      expect(await page.getByTestId('network-fingerprint').innerText()).toMatch(/([0-9A-F]{2}:){31}[0-9A-F]{2}/);
      // phones scan a code that opens 安装本机证书 on this PC's first network address (none on a PC without one)
      const [address] = lanAddresses();
      await expect.poll(() => page.getByTestId('phones-panel').count()).toBe(address ? 1 : 0);
      if (address) expect(await page.getByTestId('phones-qr').getAttribute('alt')).toBe(`https://${address}:${port}/#/trust`);
      await shot(page, '5-host-mode');
    } finally {
      await follower.stop();
      opened.sqlite.close();
    }
  });
});
