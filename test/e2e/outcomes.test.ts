import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graduationYearOf } from '../../electron/backend/placements/outcomes/facts';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';

/**
 * 就业统计 in Chromium on the demo's graduates (as of 2019-11-30), one of whom has no placement
 * recorded yet: the office finds them behind 去向未登记, records where they went, and sees the
 * figures move; every number lists its students; the table prints on A4.
 */
let app: DemoApp;
let unrecorded: { id: number; name: string; statusDate: string };

beforeAll(async () => {
  app = await startDemoApp({
    demo: { students: 160, seed: 11, asOf: '2019-11-30', checkins: false, placements: true },
    prepare: (db) => {
      unrecorded = db
        .prepare("SELECT s.id, s.name, s.status_date AS statusDate FROM students s JOIN placements p ON p.student_id = s.id WHERE s.status = 'graduated' ORDER BY s.status_date DESC, s.id LIMIT 1")
        .get() as typeof unrecorded;
      db.prepare('DELETE FROM placement_follow_ups WHERE placement_id IN (SELECT id FROM placements WHERE student_id = ?)').run(unrecorded.id);
      db.prepare('DELETE FROM placements WHERE student_id = ?').run(unrecorded.id);
    },
  });
});
afterAll(async () => app?.close());

describe('graduate outcome statistics', () => {
  it('moves when a placement is recorded, and lists the students behind any number', async () => {
    const office = await app.api('office');
    const year = String(graduationYearOf(unrecorded.statusDate));
    const before = (await office.call('placements.outcomes', { by: 'graduationYear' })).rows.find((r) => r.key === year)!;
    expect(before.figures.unrecorded.n).toBe(1);

    const page = await app.signIn('office');
    await page.getByRole('link', { name: '实习就业' }).click();
    await page.getByTestId('placements-tab-outcomes').click();
    const ratesRow = page.getByTestId('outcomes-rates').locator(`[data-testid="outcome-row"][data-key="${year}"]`);
    await expect.poll(() => ratesRow.getByTestId('outcome-cell').nth(1).innerText()).toBe(String(before.figures.employed.n));
    await page.screenshot({ path: path.join(SHOTS, 'outcomes.png'), fullPage: true });

    // 去向未登记 (the parts table's last column) lists the one graduate.
    await page.getByTestId('outcomes-parts').locator(`[data-testid="outcome-row"][data-key="${year}"]`).getByTestId('outcome-cell').last().click();
    const modal = page.getByRole('dialog');
    await expect.poll(() => modal.getByTestId('behind-row').allInnerTexts()).toEqual([expect.stringContaining(unrecorded.name)]);
    await modal.getByRole('link', { name: unrecorded.name }).click();
    await page.waitForURL(new RegExp(`#/students/${unrecorded.id}\\?tab=placement`));

    await office.call('companies.create', { name: '深圳顺丰速运有限公司', creditCode: '', industry: '物流', province: '广东', city: '深圳', contactName: '', contactPhone: '', notes: '' });
    await page.getByTestId('edit-placement').click();
    const dialog = page.getByRole('dialog', { name: '登记就业去向' });
    await dialog.locator('[name="companyId"]').pressSequentially('顺丰');
    await page.getByRole('option', { name: /顺丰速运/ }).click();
    await dialog.locator('[name="city"]').fill('深圳市');
    await dialog.locator('[name="monthlySalaryFen"]').fill('5800');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });

    await page.goto(`${app.server.url}#/placements/outcomes`);
    const employed = before.figures.employed.n + 1;
    const graduates = before.figures.graduates.n;
    await expect.poll(() => ratesRow.getByTestId('outcome-cell').nth(1).innerText()).toBe(String(employed));
    // On hover, a rate says what it is made of.
    await ratesRow.getByTestId('outcome-cell').nth(2).hover();
    await expect.poll(() => page.getByRole('tooltip').innerText()).toBe(`就业(含升学) ${employed} 人 ÷ 毕业生 ${graduates} 人 = ${(Math.round((employed / graduates) * 1000) / 10).toFixed(1)}%`);

    await ratesRow.getByTestId('outcome-cell').nth(2).click();
    await expect.poll(() => modal.getByTestId('behind-count').innerText()).toBe(`共 ${employed} 人`);
    expect(await modal.getByTestId('behind-row').allInnerTexts()).toContainEqual(expect.stringContaining(unrecorded.name));
    await page.screenshot({ path: path.join(SHOTS, 'outcomes-students.png') });
    await modal.getByTestId('behind-side').getByText('毕业生').click();
    await expect.poll(() => modal.getByTestId('behind-count').innerText()).toBe(`共 ${graduates} 人`);
    await page.keyboard.press('Escape');

    // 流失率: a year's figures list who left.
    const dropout = await office.call('placements.dropout', {});
    const lossy = dropout.find((r) => r.left > 0)!;
    await page.getByTestId('dropout-row').nth(dropout.indexOf(lossy)).getByTestId('dropout-cell').nth(1).click();
    await expect.poll(() => modal.getByTestId('behind-count').innerText()).toBe(`共 ${lossy.left} 人`);
    await page.keyboard.press('Escape');

    // The home page's card says the latest class's rate.
    const latest = (await office.call('placements.outcomes', { by: 'graduationYear' })).rows.at(-1)!;
    await page.goto(`${app.server.url}#/`);
    await expect.poll(() => page.getByTestId('outcomes-card-text').innerText()).toContain(`${latest.label}届就业率(含升学)`);
    await page.screenshot({ path: path.join(SHOTS, 'outcomes-home.png'), fullPage: true });
  });

  it('prints the table on A4 landscape with its total and definitions', async () => {
    const office = await app.api('office');
    const stats = await office.call('placements.outcomes', { by: 'project' });
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/placements/outcomes?by=project`);
    await page.getByTestId('outcomes-print').click();
    await page.waitForURL(/#\/print\/outcomes\?by=project/);
    const { file } = await printReport(page, 'outcomes-report', { landscape: true, dpi: 70 });
    const info = pdfInfo(file);
    expect(info.width).toBeGreaterThan(info.height);
    const text = squeeze(pdfPages(file).join('\n'));
    expect(text).toContain('毕业生就业统计');
    for (const row of stats.rows) expect(text).toContain(row.label);
    expect(text).toContain(`合计${stats.total.figures.graduates.n}${stats.total.figures.employed.n}`);
    expect(text).toContain('口径说明');
    expect(text).toContain('流失率（按学年）');
  });
});
