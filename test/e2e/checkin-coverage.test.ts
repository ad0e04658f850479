import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contract, InputOf } from '../../electron/contract';
import { chinaToday } from '../../electron/contract/dates';
import { addMonths } from '../../electron/contract/schoolMonths';
import { pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';
import { busiestCounsellor, SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 覆盖情况 in Chromium on a demo register of today: the coverage page shows the API's figures,
 * the overdue list a student who misses months and leads to their form, and the printed
 * 月度监测汇总 names the counsellor and the students at risk, with why.
 */
let app: DemoApp;
/** the demo counsellor with the most students in school today, and their name */
let counsellor: { username: string; name: string };
const thisMonth = chinaToday(new Date()).slice(0, 7);
/** the month the test logs and prints: the latest in which the counsellor has four students without a check-in */
let month: string;
let highRisk: string;
let watched: string;

beforeAll(async () => {
  app = await startDemoApp({
    demo: { students: 300, seed: 11, asOf: chinaToday(new Date()) },
    prepare: (db) => {
      counsellor = busiestCounsellor(db);
    },
  });
  // The demo holds check-ins of its own: these go to students it left without one.
  const api = await app.api(counsellor.username);
  let open: { studentId: number; name: string }[] = [];
  for (let back = 0; back < 12 && open.length < 4; back++) {
    month = addMonths(thisMonth, -back);
    open = (await api.call('checkins.month', { month })).rows.filter((r) => r.state !== 'done');
  }
  if (open.length < 4) throw new Error('the demo counsellor has no month with four students without a check-in');
  const date = month === thisMonth ? chinaToday(new Date()) : `${month}-28`;
  const log = (i: number, fields: Omit<InputOf<Contract['checkins.save']>, 'studentId' | 'month' | 'date' | 'method'>) =>
    api.call('checkins.save', { studentId: open[i].studentId, month, date, method: 'home_visit', ...fields });
  await log(0, { risk: 'high', failingCourses: 2, moneyTrouble: true, familyEvent: '父亲住院', help: ['hardship_request', 'family_contact'] });
  await log(1, { risk: 'watch', attendancePct: 70, help: ['tutoring'] });
  await log(2, { risk: 'normal' });
  await log(3, { risk: 'normal' });
  [highRisk, watched] = [open[0].name, open[1].name];
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('check-in coverage', () => {
  it('shows the office the API’s figures month by month, reached from the month list', async () => {
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/checkins`);
    await page.getByTestId('checkin-pages').getByText('覆盖情况').click();
    await page.waitForURL(/#\/checkins\/coverage/);
    const coverage = await (await app.api('office')).call('checkins.coverage', { from: addMonths(thisMonth, -11), to: thisMonth });
    await expect.poll(() => page.getByTestId('coverage-month').count()).toBe(12);
    const shown = await page.getByTestId('coverage-month').evaluateAll((rows) =>
      rows.map((r) => [
        r.getAttribute('data-month'),
        Number(r.querySelector('[data-testid="coverage-expected"]')!.textContent),
        Number(r.querySelector('[data-testid="coverage-checked"]')!.textContent),
        r.querySelector('[data-testid="coverage-share"]')!.textContent,
      ]),
    );
    expect(shown).toEqual(coverage.months.map((m) => [m.month, m.expected, m.checked, m.expected ? `${Math.round((m.checked / m.expected) * 100)}%` : '—']));
    expect(coverage.months.find((m) => m.month === month)!.checked).toBeGreaterThanOrEqual(4);
    await page.getByTestId('coverage-chart').locator('.recharts-line').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'checkin-coverage-1366.png'), fullPage: true });
    await page.close();
  });

  it('lists a student who misses months, with how many, and opens the form of the earliest', async () => {
    const overdue = await (await app.api('office')).call('checkins.overdue', {});
    const worst = overdue.rows.reduce((a, b) => (b.missing.length > a.missing.length ? b : a));
    expect(worst.missing.length).toBeGreaterThan(0);
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/checkins/coverage?by=className`);
    const row = page.locator(`[data-testid="overdue-row"][data-student="${worst.studentId}"]`);
    await expect.poll(() => row.getByTestId('overdue-count').textContent()).toBe(String(worst.missing.length));
    expect(await page.getByTestId('overdue-intro').textContent()).toContain(`${overdue.rows.length} 人`);
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'checkin-overdue-1366.png') });
    await row.getByTestId('overdue-open').click();
    await page.waitForURL(new RegExp(`#/checkins/${worst.missing[0]}/${worst.studentId}$`));
    await expect.poll(() => page.getByTestId('checkin-title').textContent()).toContain(worst.name);
    await page.close();
  });

  it('shows a counsellor the overdue students of their own only', async () => {
    const mine = await (await app.api(counsellor.username)).call('checkins.overdue', {});
    const page = await app.signIn(counsellor.username);
    await page.goto(`${app.server.url}#/checkins/coverage`);
    await expect.poll(() => page.getByTestId('overdue-row').count()).toBe(mine.rows.length);
    expect(await page.getByTestId('overdue-group-name').allTextContents()).toEqual(mine.rows.length ? [expect.stringContaining(counsellor.name)] : []);
    await page.close();
  });

  it('prints the monthly summary landscape: the counsellor, the students at risk and why, the page count', async () => {
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/checkins/coverage?to=${month}`);
    await page.getByTestId('print-summary').click();
    await page.screenshot({ path: path.join(SHOTS, 'checkin-summary-dialog-1366.png'), animations: 'disabled' });
    await page.getByTestId('print-preview').click();
    await page.waitForURL(new RegExp(`#/print/checkin-summary\\?month=${month}$`));
    const { file } = await printReport(page, 'checkin-summary', { landscape: true, dpi: 80 });

    const info = pdfInfo(file);
    expect([info.width, info.height].map(Math.round)).toEqual([842, 595]);
    const pages = pdfPages(file).map(squeeze);
    const all = pages.join('');
    expect(all).toContain('月度监测汇总');
    expect(all).toContain(counsellor.name);
    expect(all).toContain(`${highRisk}高风险`);
    expect(all).toContain('不及格2门；经济困难；家庭变故：父亲住院');
    expect(all).toContain(`${watched}关注出勤率70%`);
    expect(all).toContain('全校合计');
    pages.forEach((text, i) => expect(text, `page ${i + 1}`).toContain(`第${i + 1}页共${info.pages}页`));
    await page.close();
  });
});
