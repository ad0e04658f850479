import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonthRow } from '../../electron/contract/checkins';
import { chinaToday } from '../../electron/contract/dates';
import { addMonths } from '../../electron/contract/schoolMonths';
import type { HttpClient } from '../support/api';
import { busiestCounsellor, SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 跟进事项 and the student page's 月度监测 tab in Chromium, on a demo register of today. The
 * counsellor's check-ins are logged through the API first: two months of one student, the later
 * with a follow-up already past its due date, and an overdue one of a second student.
 */
let app: DemoApp;
let counsellor: string;
const FOLLOW_UP = '约谈学生并联系家长核实缺勤原因';
const OTHER = '落实宿舍调整';
let student: MonthRow;
/** the month of the check-in with the follow-up */
let month: string;

/** The two latest past months where the counsellor has at least two students without a check-in (the demo leaves a few gaps). */
async function openMonths(api: HttpClient) {
  const found: { month: string; rows: MonthRow[] }[] = [];
  const thisMonth = chinaToday(new Date()).slice(0, 7);
  for (let back = 1; found.length < 2 && back <= 120; back++) {
    const month = addMonths(thisMonth, -back);
    const rows = (await api.call('checkins.month', { month })).rows.filter((r) => r.state !== 'done');
    if (rows.length >= 2) found.push({ month, rows });
  }
  if (found.length < 2) throw new Error('the demo counsellor has no two months with open check-ins to log');
  return found;
}

beforeAll(async () => {
  app = await startDemoApp({
    demo: { students: 200, seed: 11, asOf: chinaToday(new Date()) },
    prepare: (db) => {
      ({ username: counsellor } = busiestCounsellor(db));
    },
  });
  const api = await app.api(counsellor);
  const [later, earlier] = await openMonths(api);
  month = later.month;
  student = later.rows.find((r) => earlier.rows.some((e) => e.studentId === r.studentId)) ?? later.rows[0];
  const other = later.rows.find((r) => r.studentId !== student.studentId)!;
  const log = (studentId: number, month: string, fields: object) =>
    api.call('checkins.save', { studentId, month, date: `${month}-15`, method: 'in_person', risk: 'normal', ...fields });
  if (earlier.rows.some((e) => e.studentId === student.studentId)) await log(student.studentId, earlier.month, { risk: 'watch', attendancePct: 88 });
  await log(student.studentId, later.month, { risk: 'high', attendancePct: 70, help: ['counselling'], followUp: FOLLOW_UP, followUpDue: `${later.month}-20` });
  await log(other.studentId, later.month, { risk: 'watch', followUp: OTHER, followUpDue: `${later.month}-25` });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

const row = (page: Page, text: string) => page.getByTestId('followup-row').filter({ hasText: text });

describe('follow-ups', () => {
  it('show the counsellor an overdue follow-up in red, completed with an outcome, then listed as done', async () => {
    const page = await app.signIn(counsellor);
    await page.getByRole('link', { name: '月度监测' }).click();
    await page.getByTestId('checkin-pages').getByText('跟进事项').click();
    await row(page, FOLLOW_UP).waitFor();
    expect(await row(page, FOLLOW_UP).getAttribute('data-overdue')).toBe('true');
    expect(await row(page, FOLLOW_UP).getByText('逾期').filter({ visible: true }).isVisible()).toBe(true);
    const [r, g, b] = (await row(page, FOLLOW_UP).getByTestId('followup-due').filter({ visible: true }).evaluate((el) => getComputedStyle(el).color)).match(/\d+/g)!.map(Number);
    expect(r).toBeGreaterThan(g + 80);
    expect(r).toBeGreaterThan(b + 80);
    await page.screenshot({ path: path.join(SHOTS, 'followups-open.png') });

    await row(page, FOLLOW_UP).getByTestId('followup-complete').click();
    await page.getByTestId('modal-save').click();
    await expect.poll(() => page.locator('textarea[name="outcome"]').getAttribute('aria-invalid')).toBe('true');
    await page.locator('textarea[name="outcome"]').fill('已与家长电话沟通，学生下周起正常上课');
    await page.screenshot({ path: path.join(SHOTS, 'followups-complete.png') });
    await page.getByTestId('modal-save').click();
    await expect.poll(() => row(page, FOLLOW_UP).count()).toBe(0);
    expect(await row(page, OTHER).count()).toBe(1);

    await page.getByTestId('followup-show').getByText('已完成').click();
    await row(page, FOLLOW_UP).waitFor();
    expect(await row(page, FOLLOW_UP).getByTestId('followup-outcome').textContent()).toBe('已与家长电话沟通，学生下周起正常上课');
    await page.screenshot({ path: path.join(SHOTS, 'followups-done.png') });
    await page.close();
  });

  it('show a student’s check-ins on their page: risk over time and each follow-up’s state', async () => {
    const page = await app.signIn(counsellor);
    await page.goto(`${app.server.url}#/students/${student.studentId}`);
    await page.getByTestId('tab-checkins').click();
    await page.getByTestId('timeline-row').first().waitFor();
    const timeline = await (await app.api(counsellor)).call('checkins.ofStudent', { studentId: student.studentId });
    expect(await page.getByTestId('timeline-row').count()).toBe(timeline.length);
    // Newest first; the month with the follow-up shows its risk and that the follow-up is done.
    const months = timeline.map((c) => c.month);
    expect(months).toEqual([...months].sort().reverse());
    const logged = page.getByTestId('timeline-row').nth(months.indexOf(month));
    expect(await logged.getByText('高风险').isVisible()).toBe(true);
    const followUp = logged.getByTestId('timeline-followup');
    expect(await followUp.textContent()).toContain(FOLLOW_UP);
    expect(await followUp.locator('[data-state]').getAttribute('data-state')).toBe('done');
    expect(await page.locator('.recharts-line').count()).toBe(2);
    await page.screenshot({ path: path.join(SHOTS, 'followups-student-tab.png'), fullPage: true });
    await logged.getByTestId('timeline-open').click();
    await expect.poll(() => page.getByTestId('checkin-title').textContent()).toContain(student.name);
    await page.close();
  });

  it('fit a phone: the list and the student’s tab no wider than its screen', async () => {
    const page = await app.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await app.signIn(counsellor, page);
    await page.goto(`${app.server.url}#/checkins/followups`);
    await row(page, OTHER).waitFor();
    expect(await row(page, OTHER).getByTestId('followup-complete').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SHOTS, 'followups-phone.png') });
    await page.goto(`${app.server.url}#/checkins`);
    await page.getByTestId('checkin-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SHOTS, 'followups-phone-month.png') });
    await page.goto(`${app.server.url}#/students/${student.studentId}?tab=checkins`);
    await page.getByTestId('timeline-row').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'followups-phone-student.png'), fullPage: true });
    await page.close();
  });
});
