import path from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { addMonths } from '../../electron/contract/schoolMonths';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { exportedList, settled } from '../support/drawer';

/**
 * 覆盖情况's figures traced in Chromium on a demo register of today: a month's or a counsellor's
 * 应填, 已填 and 覆盖率 open the students behind them in a drawer, as many as the figure, the rate
 * switching between 已填, 未填 and 应填, and the list exports whole.
 */
let app: DemoApp;
/** the last month over, which another page's link names */
const month = addMonths(chinaToday(new Date()).slice(0, 7), -1);

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 300, seed: 11, asOf: chinaToday(new Date()) } });
}, 240_000);
afterAll(async () => app?.close());

const shownTotal = async (drawer: Locator) => Number(await drawer.getByTestId('coverage-drawer-count').getAttribute('data-total'));

describe('the students behind a coverage figure', () => {
  it('are as many as a month’s 应填, named with a link to their check-ins, from a link naming the month', async () => {
    const office = await app.api('office');
    const coverage = await office.call('checkins.coverage', { from: addMonths(month, -11), to: month });
    const figures = coverage.months.find((m) => m.month === month)!;
    expect(figures.expected).toBeGreaterThan(figures.checked);

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/checkins/coverage?month=${month}`);
    // the range ends with the month named, so its groups are that month's
    const row = page.locator(`[data-testid="coverage-month"][data-month="${month}"]`);
    await expect.poll(() => page.getByTestId('coverage-month').last().getAttribute('data-month')).toBe(month);
    await row.getByTestId('coverage-open-expected').hover();
    await page.getByRole('tooltip').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'checkin-coverage-figures-1366.png') });
    await row.getByTestId('coverage-open-expected').click();
    const drawer = page.getByTestId('coverage-drawer');
    await expect.poll(() => shownTotal(drawer)).toBe(figures.expected);
    expect(await drawer.getByTestId('coverage-drawer-row').count()).toBe(Math.min(figures.expected, 1000));
    expect(await drawer.getByTestId('coverage-drawer-side').count()).toBe(0);
    await settled(page.getByRole('dialog'));
    await page.screenshot({ path: path.join(SHOTS, 'checkin-coverage-students-1366.png') });

    const first = drawer.getByTestId('coverage-drawer-row').first().getByRole('link');
    const name = await first.innerText();
    await first.click();
    await page.waitForURL(/#\/students\/\d+\?tab=checkins$/);
    await expect.poll(() => page.getByRole('heading', { name, level: 3 }).count()).toBe(1);
    expect(await page.getByRole('tab', { name: '月度监测', selected: true }).count()).toBe(1);
    await page.close();
  });

  it('of a counsellor’s 覆盖率 switch between 已填, 未填 and 应填, each its figure, and export whole', async () => {
    const office = await app.api('office');
    const coverage = await office.call('checkins.coverage', { from: addMonths(month, -11), to: month });
    const group = coverage.byCounsellor.find((g) => g.name !== null && g.checked > 0 && g.checked < g.expected)!;
    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.goto(`${app.server.url}#/checkins/coverage?month=${month}`);
    const row = page.getByTestId('coverage-counsellors').getByTestId('coverage-group').filter({ hasText: group.name! });
    await row.getByTestId('coverage-open-coverage').click();
    const drawer = page.getByTestId('coverage-drawer');
    expect(await page.getByRole('dialog').getByText(`${group.name} · 覆盖率`).count()).toBe(1);
    await expect.poll(() => shownTotal(drawer)).toBe(group.checked);
    const side = drawer.getByTestId('coverage-drawer-side');
    await side.getByText('未填').click();
    await expect.poll(() => shownTotal(drawer)).toBe(group.expected - group.checked);
    await settled(page.getByRole('dialog'));
    await page.screenshot({ path: path.join(SHOTS, 'checkin-coverage-students-missing-1366.png') });
    await side.getByText('应填').click();
    await expect.poll(() => shownTotal(drawer)).toBe(group.expected);

    const sheet = await exportedList(page, drawer.getByTestId('export-button'));
    expect(sheet.name).toMatch(/^月度监测名单_\d{8}-\d{4}\.xlsx$/);
    expect(sheet.title).toContain(`${month} · ${group.name} · 应填`);
    expect(sheet.body).toHaveLength(group.expected);
    expect(sheet.body.every((r) => r[4] === group.name)).toBe(true);
    await page.close();
  });
});
