import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { settled } from '../support/drawer';

/**
 * 统计报表 → 项目成效 in Chromium on a demo register carried to 2026-11-20 with its graduates'
 * placements and ten years of paid allowances: the table by project and by cohort, a number opening
 * the students behind it, the charts over the years, and the A4 print.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false, allowances: true, placements: true } });
}, 180_000);
afterAll(async () => app?.close());

/** The order of the table's plain numbers (rates have their own test id): 招生, 流失, 毕业生, 平均月薪, 月薪中位数, 发放总额, 人均. */
const INTAKE = 0;
const GRADUATES = 2;
const PAID = 5;

describe('the programme summary', () => {
  it('shows the figures by project and cohort, lists the students behind a number, charts the years and prints on A4', async () => {
    const office = await app.api('office');
    const byProject = await office.call('reports.summary', { groupBy: 'project' });
    const byCohort = await office.call('reports.summary', { groupBy: 'cohort' });
    expect(byProject.total.counts.graduates).toBeGreaterThan(0);
    expect(byProject.total.paidFen).toBeGreaterThan(0);

    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.getByRole('link', { name: '统计报表' }).click();
    await page.getByRole('tab', { name: '项目成效' }).click();
    await page.waitForURL(/#\/reporting\/summary/);
    const total = page.getByTestId('summary-total');
    await expect.poll(() => total.getByTestId('summary-cell').nth(INTAKE).innerText()).toBe(String(byProject.total.counts.intake));
    expect(await page.getByTestId('summary-row').count()).toBe(byProject.rows.length);
    expect(await total.getByTestId('summary-cell').nth(GRADUATES).innerText()).toBe(String(byProject.total.counts.graduates));
    await page.screenshot({ path: path.join(SHOTS, 'programme-summary.png'), fullPage: true });

    // By cohort: a row per cohort, the same total.
    await page.getByTestId('summary-by').getByText('按批次').click();
    await page.waitForURL(/groupBy=cohort/);
    await expect.poll(() => page.getByTestId('summary-row').count()).toBe(byCohort.rows.length);
    expect(await total.getByTestId('summary-cell').nth(INTAKE).innerText()).toBe(String(byCohort.total.counts.intake));

    // A cohort's graduates: exactly the students the list method gives.
    const cohort = byCohort.rows.find((r) => r.counts.graduates > 0)!;
    const line = page.locator(`[data-testid="summary-row"][data-key="${cohort.key}"]`);
    await line.getByTestId('summary-cell').nth(GRADUATES).click();
    const drawer = page.getByTestId('summary-drawer');
    const list = await office.call('reports.summaryList', { groupBy: 'cohort', key: cohort.key, figure: 'graduates' });
    const names = list.kind === 'students' ? list.rows.map((s) => s.name) : [];
    expect(names).toHaveLength(cohort.counts.graduates);
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toBe(`共 ${cohort.counts.graduates} 人`);
    expect((await drawer.getByTestId('summary-list-row').allInnerTexts()).map((text) => text.split('\t')[0])).toEqual(names);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'programme-summary-drawer.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // 就业率(含升学) opens those employed, its base (the graduates) a click away.
    await line.getByTestId('summary-rate').nth(1).click();
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toBe(`共 ${cohort.counts.employed} 人`);
    await drawer.getByTestId('summary-drawer-side').getByText('毕业生').click();
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toBe(`共 ${cohort.counts.graduates} 人`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The money in total opens the paid lines behind it.
    await total.getByTestId('summary-cell').nth(PAID).click();
    const money = await office.call('reports.summaryList', { groupBy: 'cohort', figure: 'paid' });
    expect(money.kind === 'payments' && money.amountFen).toBe(byCohort.total.paidFen);
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toContain(`共 ${money.total} 笔`);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // A chart per indicator, each with a point per year.
    const trend = await office.call('reports.summaryTrend', {});
    const charts = page.getByTestId('summary-charts');
    await charts.scrollIntoViewIfNeeded();
    for (const indicator of ['employmentRate', 'dropoutRate', 'shenzhenShare', 'salaryMedian', 'paidPerStudent'] as const) {
      expect(trend[indicator].length, indicator).toBeGreaterThan(1);
      await expect.poll(() => charts.getByTestId(`summary-chart-${indicator}`).locator('.recharts-line-dot').count()).toBe(trend[indicator].length);
    }
    await charts.screenshot({ path: path.join(SHOTS, 'programme-summary-charts.png') });

    // A year of a chart opens what its point is made of: the last 届's employed, its graduates a click away.
    const last = trend.employmentRate.at(-1)!;
    const dot = charts.getByTestId('summary-chart-employmentRate').locator('.recharts-line-dot').last();
    await dot.scrollIntoViewIfNeeded();
    // As a user does it: the pointer rests on the point (which draws its hover dot over it), then clicks.
    const box = (await dot.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.locator('.recharts-active-dot').first().waitFor();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toBe(`共 ${last.n} 人`);
    expect(await page.getByRole('dialog').getByText(`${last.year}届 · 就业率(含升学)`).count()).toBe(1);
    await drawer.getByTestId('summary-drawer-side').getByText('毕业生').click();
    await expect.poll(() => drawer.getByTestId('summary-list-count').innerText()).toBe(`共 ${last.d} 人`);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'programme-summary-point.png') });
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // The whole table as a spreadsheet, as shown (by cohort), with the counts and trends beside it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-button').click()]);
    const book = XLSX.read(fs.readFileSync((await download.path())!));
    expect(book.SheetNames).toEqual(['项目成效', '各项人数', '历年走势', '口径说明']);
    const table = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['项目成效'], { header: 1, raw: true, defval: null });
    expect(table.slice(4).map((r) => r[0])).toEqual([...byCohort.rows.map((r) => r.label), '合计']);
    expect(table.at(-1)!.slice(1, 3)).toEqual([byCohort.total.counts.intake, byCohort.total.counts.withdrawn]);

    await page.getByTestId('summary-print').click();
    await page.waitForURL(/#\/print\/summary\?groupBy=cohort/);
    const { file } = await printReport(page, 'programme-summary-report', { landscape: true, dpi: 70 });
    const info = pdfInfo(file);
    expect(info.width).toBeGreaterThan(info.height);
    const text = squeeze(pdfPages(file).join('\n'));
    expect(text).toContain('项目成效');
    expect(text).toContain('按批次·全部项目');
    for (const row of byCohort.rows) expect(text).toContain(squeeze(row.label));
    const paid = (byCohort.total.paidFen / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
    expect(text).toContain(`合计${byCohort.total.counts.intake}${byCohort.total.counts.withdrawn}`);
    expect(text).toContain(paid);
    expect(text).toContain('历年走势');
    expect(text).toContain('流失率＝流失÷招生');
  });
});
