import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../electron/contract/money';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { exportedList, settled } from '../support/drawer';

/**
 * 资助 → 统计 in Chromium on a demo register with ten years of paid allowances: a figure opens the
 * payment lines or the students behind it in a drawer, adding up to it, and the list exports whole.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false, allowances: true } });
}, 180_000);
afterAll(async () => app?.close());

describe('the allowance totals', () => {
  it('open the lines and the students behind a figure, which add up to it, and export them', async () => {
    const office = await app.api('office');
    const totals = await office.call('allowances.totals', { by: 'project', academicYear: null });
    const row = totals.rows[0];
    expect(row.lines).toBeGreaterThan(1000); // ten years of a project: more than the drawer shows

    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.goto(`${app.server.url}#/allowances/totals?by=project`);
    const first = page.getByTestId('totals-row').first();
    await expect.poll(() => first.getByTestId('totals-cash').innerText()).toBe(`¥${formatYuan(row.cashFen)}`);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-totals-figures.png') });

    // 发放金额 of the first project: its cash lines, the first thousand shown, their sum the figure.
    await first.getByTestId('totals-cash').click();
    const drawer = page.getByTestId('totals-drawer');
    const cash = await office.call('allowances.totalsLines', { by: 'project', academicYear: null, key: row.key, side: 'lines', kind: 'cash' });
    expect(cash.sums.cashFen).toBe(row.cashFen);
    await expect
      .poll(() => drawer.getByTestId('totals-list-count').innerText())
      .toBe(`共 ${cash.total} 笔，合计 ¥${formatYuan(row.cashFen)}（显示前 1000 条，导出可得全部）`);
    expect(await drawer.getByTestId('totals-list-row').count()).toBe(1000);
    expect(await page.getByRole('dialog').getByText(`${row.label} · 发放金额`).count()).toBe(1);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-totals-lines.png') });

    const file = await exportedList(page, page.getByTestId('totals-drawer').getByTestId('export-button'));
    expect(file.name).toMatch(/^资助统计明细_\d{8}-\d{4}\.xlsx$/);
    expect(file.title).toContain(`资助统计明细 · 发放金额 — 筛选：全部学年 · 帮扶项目：${row.label}；共 ${cash.total} 条`);
    expect(file.headers).toContain('金额（元）');
    const amount = (file.headers as string[]).indexOf('金额（元）');
    expect(file.body).toHaveLength(cash.total);
    expect(Math.round(file.body.reduce<number>((n, r) => n + (r[amount] as number), 0) * 100)).toBe(row.cashFen);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached' });

    // 人数 in total: every student paid or waived, each with their lines and sums; a name opens the student's 资助 tab.
    await page.getByTestId('totals-total').getByTestId('totals-students').click();
    const people = await office.call('allowances.totalsLines', { by: 'project', academicYear: null, key: null, side: 'students', kind: null });
    expect(people.total).toBe(totals.total.students);
    const { sums } = people;
    await expect
      .poll(() => drawer.getByTestId('totals-list-count').innerText())
      .toBe(`共 ${totals.total.students} 人，${totals.total.lines} 笔，发放 ¥${formatYuan(sums.cashFen)}，减免 ¥${formatYuan(sums.waiverFen)}`);
    expect([sums.cashFen, sums.waiverFen]).toEqual([totals.total.cashFen, totals.total.waiverFen]);
    expect(await drawer.getByTestId('totals-list-row').count()).toBe(totals.total.students);
    await settled(drawer);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-totals-students.png') });
    const student = people.side === 'students' ? people.rows[0] : null;
    await drawer.getByTestId('totals-list-row').first().getByRole('link', { name: student!.name }).click();
    await page.waitForURL(new RegExp(`#/students/${student!.id}\\?tab=allowances`));
  });
});
