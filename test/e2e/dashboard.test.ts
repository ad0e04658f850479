import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import type { LeaderDashboard } from '../../electron/contract/reportingDashboard';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 统计报表 → 领导看板 in Chromium on a demo register carried to today, with its check-ins, graduates,
 * placements and paid allowances, and the demo's targets (96% from 2025, 98% from 2027, coverage 95%):
 * the leader lands on it, its figures are the API's, 就业率 opens its graduates, and a target the
 * administrator sets in 基本设置 is the one it shows.
 */
let app: DemoApp;
const today = chinaToday(new Date());
const year = Number(today.slice(0, 4));

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: today, allowances: true, placements: true } });
}, 300_000);
afterAll(async () => app?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `dashboard-${name}.png`), fullPage: true });
const percent = (rate: number | null) => (rate === null ? '—' : `${rate.toFixed(1)}%`);
const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
const mark = ({ met, pending }: { met: boolean | null; pending: boolean }) => (met === null ? (pending ? 'pending' : 'unknown') : String(met));

describe('the leader dashboard', () => {
  it('shows the year’s figures as the API counts them, each against its target, and opens the graduates behind 就业率', async () => {
    const d: LeaderDashboard = await (await app.api('leader')).call('reports.dashboard', { year });
    expect(d.employment.graduates).toBeGreaterThan(0);
    expect(d.paidFen).toBeGreaterThan(0);
    // The demo's 2025 target holds this year.
    expect(d.employment.mark).toMatchObject({ percent: 96, year: 2025 });

    const page = await app.signIn('leader');
    await page.getByRole('link', { name: '统计报表' }).click();
    await page.waitForURL(/#\/reporting\/dashboard/);
    const rate = page.getByTestId('dashboard-employment-rate');
    await expect.poll(() => rate.innerText()).toBe(percent(d.employment.rate));
    const employment = page.getByTestId('dashboard-employment-mark');
    expect(await employment.getAttribute('data-met')).toBe(mark(d.employment.mark));
    expect(await employment.innerText()).toMatch(new RegExp(`${d.employment.mark.met ? '达标' : '未达标'}[\\s\\S]*目标 ≥96%（2025年设定）`));
    expect(await page.getByTestId('dashboard-coverage-rate').innerText()).toBe(percent(d.coverage.coverage));
    expect(await page.getByTestId('dashboard-coverage-mark').getAttribute('data-met')).toBe(mark(d.coverage.mark));
    expect(await page.getByTestId('dashboard-at-risk-count').innerText()).toBe(String(d.atRisk));
    expect(await page.getByTestId('dashboard-money-paid').innerText()).toBe(yuan(d.paidFen));
    expect(await page.getByTestId('dashboard-in-school').innerText()).toBe(d.inSchool.toLocaleString('en-US'));
    expect(await page.getByTestId('dashboard-withdrawn').innerText()).toBe(String(d.withdrawn));
    await page.getByTestId('dashboard-chart-money').locator('.recharts-bar-rectangle').first().waitFor();
    await shot(page, '1-laptop');

    await rate.click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByTestId('behind-count').innerText()).toBe(`共 ${d.employment.employed} 人`);
    expect(await dialog.getByTestId('behind-row').count()).toBe(d.employment.employed);
    const graduates = await (await app.api('leader')).call('placements.outcomeStudents', {
      by: 'graduationYear', year, key: String(year), set: 'employed',
    });
    const shown = await dialog.getByTestId('behind-row').locator('td:first-child').allInnerTexts();
    expect(shown.sort()).toEqual(graduates.rows.map((r) => r.name).sort());
    await shot(page, '2-employed');
    // and the graduates, the base of the rate
    await dialog.getByTestId('behind-side').getByText('毕业生').click();
    await expect.poll(() => dialog.getByTestId('behind-count').innerText()).toBe(`共 ${d.employment.graduates} 人`);
    await page.keyboard.press('Escape');

    await page.getByTestId('dashboard-money-paid').click();
    const drawer = page.getByTestId('progress-drawer');
    await expect.poll(() => drawer.getByTestId('progress-list-count').innerText()).toContain(yuan(d.paidFen));
    await page.keyboard.press('Escape');

    // coverage opens 覆盖情况 over the same twelve months, at the figures' month; the students at risk, 预警
    await page.getByTestId('dashboard-coverage-rate').click();
    await page.waitForURL(new RegExp(`#/checkins/coverage\\?from=${d.coverageByMonth[0].month}&month=${d.coverage.month}$`));
    // The month's own row is marked, its 应填 the dashboard's.
    const row = page.locator(`[data-testid="coverage-month"][data-month="${d.coverage.month}"]`);
    await expect.poll(() => row.getByTestId('coverage-expected').innerText()).toBe(String(d.coverage.expected));
    await page.goBack();
    await page.getByTestId('dashboard-at-risk-count').click();
    await page.waitForURL(/#\/checkins\/warnings$/);
    await page.goBack();
    await rate.waitFor();

    // A year that is over shows its December under that name, judged against the target (no month still running).
    const coverage = page.getByTestId('dashboard-coverage');
    expect(await coverage.innerText()).toMatch(/^本月监测覆盖率\n/);
    const lastYear = await (await app.api('leader')).call('reports.dashboard', { year: year - 1 });
    await page.getByTestId('dashboard-year').click();
    await page.getByRole('option', { name: `${year - 1}年` }).click();
    await expect.poll(() => coverage.innerText()).toMatch(new RegExp(`^12月监测覆盖率\\n+${year - 1}-12\\n`));
    expect(await page.getByTestId('dashboard-coverage-mark').getAttribute('data-met')).toBe(mark(lastYear.coverage.mark));
    expect(lastYear.coverage.mark.pending).toBe(false);
    await page.getByTestId('dashboard-year').click();
    await page.getByRole('option', { name: `${year}年` }).click();
    await expect.poll(() => coverage.innerText()).toMatch(/^本月监测覆盖率\n/);

    // at phone width the cards stack
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '3-phone');
    await page.goto(`${app.server.url}#/home`);
    const card = page.getByTestId('dashboard-card');
    await expect.poll(() => card.getByTestId('dashboard-card-employment').innerText()).toContain(percent(d.employment.rate));
    await shot(page, '4-home-phone');
  });

  it('shows the target the administrator sets in 基本设置', async () => {
    const page = await app.signIn('admin');
    await page.getByRole('link', { name: '设置' }).click();
    const targets = page.getByTestId('settings-targets');
    await targets.scrollIntoViewIfNeeded();
    expect(await targets.getByTestId('target-row').count()).toBe(2);
    // A year set twice is refused at its row, naming it.
    await targets.getByTestId('target-add').click();
    const added = targets.getByTestId('target-row').nth(2);
    await added.getByTestId('target-year').fill('2025');
    await added.getByTestId('target-percent').fill('97');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => added.getByTestId('target-error').innerText()).toBe('第3行：这一年已设了目标，每年只设一个');
    await targets.screenshot({ path: path.join(SHOTS, 'dashboard-5-settings-refused.png') });
    // This year's own target, above the rate.
    await added.getByTestId('target-year').fill(String(year));
    await added.getByTestId('target-percent').fill('99.5');
    await targets.getByTestId('target-coverage').fill('90');
    await page.getByTestId('settings-save').click();
    await page.getByText('已保存').waitFor();
    const saved = (await (await app.api('leader')).call('settings.get', {})).targets;
    expect(saved.employment.find((t) => t.year === year)).toEqual({ year, percent: 99.5 });
    expect(saved.coverage).toBe(90);
    await targets.screenshot({ path: path.join(SHOTS, 'dashboard-6-settings-saved.png') });

    const lead = await app.signIn('leader', await app.newPage());
    await lead.goto(`${app.server.url}#/reporting/dashboard`);
    const employment = lead.getByTestId('dashboard-employment-mark');
    await expect.poll(() => employment.innerText()).toContain(`目标 ≥99.5%（${year}年设定）`);
    const { rate } = (await (await app.api('leader')).call('reports.dashboard', { year })).employment;
    expect(await employment.getAttribute('data-met')).toBe(String(rate! >= 99.5));
    expect(await employment.innerText()).toContain(rate! >= 99.5 ? '达标' : '未达标');
    expect(await lead.getByTestId('dashboard-coverage-mark').innerText()).toContain('目标 ≥90%');
    await shot(lead, '7-new-target');
  });
});
