import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { chinaToday } from '../../electron/contract/dates';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { exportedList, settled } from '../support/drawer';

/**
 * 统计报表 → 年度进展 in Chromium on a demo register carried to 2026-11-20, with this year's
 * graduates, placements and paid allowances: a figure opens the students behind it in a drawer, and
 * their list exports as the spreadsheet of exactly those students.
 */
let app: DemoApp;
const year = Number(chinaToday(new Date()).slice(0, 4));

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false, allowances: true, placements: true } });
}, 180_000);
afterAll(async () => app?.close());

/** The order of the table's count cells (rates have their own). */
const GRADUATES = 3;
const MONEY = 10;

describe('the yearly progress report', () => {
  it('shows the year by project, lists the graduates behind a number and exports them', async () => {
    const office = await app.api('office');
    const report = await office.call('reports.progress', { year });
    const row = report.rows.find((r) => r.figures.graduates > 0)!;
    expect(row).toBeDefined();

    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.getByRole('link', { name: '统计报表' }).click();
    // 统计报表 opens on 领导看板.
    await page.getByRole('tab', { name: '年度进展' }).click();
    await page.waitForURL(/#\/reporting\/progress/);
    await page.getByTestId('progress-year').click();
    await page.getByRole('option', { name: `${year}年` }).click();
    const total = page.getByTestId('progress-total');
    await expect.poll(() => total.getByTestId('progress-cell').nth(GRADUATES).innerText()).toBe(String(report.total.figures.graduates));
    expect(await page.getByTestId('progress-row').count()).toBe(report.rows.length);
    expect(await page.getByTestId('progress-period').innerText()).toBe(`统计期间：${report.from} 至 ${report.to}`);
    await page.screenshot({ path: path.join(SHOTS, 'progress-report.png'), fullPage: true });

    const line = page.locator(`[data-testid="progress-row"][data-project="${row.projectId}"]`);
    await line.getByTestId('progress-cell').nth(GRADUATES).click();
    const drawer = page.getByTestId('progress-drawer');
    const list = await office.call('reports.progressList', { year, figure: 'graduates', projectId: row.projectId });
    const names = list.kind === 'students' ? list.rows.map((s) => s.name) : [];
    expect(names).toHaveLength(row.figures.graduates);
    await expect.poll(() => drawer.getByTestId('progress-list-count').innerText()).toBe(`共 ${row.figures.graduates} 人`);
    const shown = await drawer.getByTestId('progress-list-row').allInnerTexts();
    expect(shown.map((text) => text.split('\t')[0])).toEqual(names);
    expect(await drawer.getByTestId('progress-list-period').innerText()).toBe(`统计期间：${report.from} 至 ${report.to}`);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'progress-report-drawer.png') });

    const file = await exportedList(page, page.getByTestId('progress-drawer').getByTestId('export-button'));
    expect(file.name).toMatch(/^进展情况表明细_\d{8}-\d{4}\.xlsx$/);
    expect(file.title).toContain(`毕业生 — 筛选：统计期间：${report.from} 至 ${report.to} · ${row.label}；共 ${names.length} 条`);
    expect(file.body.map((r) => r[0])).toEqual(names);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A rate opens its numerator's students, its base's a click away.
    await line.getByTestId('progress-rate').first().click();
    await expect.poll(() => drawer.getByTestId('progress-list-count').innerText()).toBe(`共 ${row.figures.placedOrStudying} 人`);
    await drawer.getByTestId('progress-drawer-side').getByText('毕业生').click();
    await expect.poll(() => drawer.getByTestId('progress-list-count').innerText()).toBe(`共 ${row.figures.graduates} 人`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The money in total opens the payment lines paid in the period.
    await total.getByTestId('progress-cell').nth(MONEY).click();
    const money = await office.call('reports.progressList', { year, figure: 'moneyFen', projectId: null });
    expect(money.kind === 'payments' && money.amountFen).toBe(report.total.figures.moneyFen);
    await expect.poll(() => drawer.getByTestId('progress-list-count').innerText()).toContain(`共 ${money.total} 笔`);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'progress-report-money.png') });
  });

  it('is not in a counsellor’s navigation', async () => {
    const db = new Database(dbFileIn(app.dataDir), { readonly: true });
    const counsellor = db.prepare("SELECT username FROM users WHERE role = 'counsellor' LIMIT 1").get() as { username: string };
    db.close();
    const page = await app.signIn(counsellor.username);
    await page.getByRole('link', { name: '月度监测' }).waitFor();
    expect(await page.getByRole('link', { name: '统计报表' }).count()).toBe(0);
  });
});
