import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { busiestCounsellor, SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 月度监测 in Chromium on a demo register of today: a counsellor logs a month by keyboard and in
 * one step for several, and the office sees the coverage move.
 */
let app: DemoApp;
/** the demo counsellor with the most students in school today */
let counsellor: string;
const month = chinaToday(new Date()).slice(0, 7);

beforeAll(async () => {
  app = await startDemoApp({
    demo: { students: 300, seed: 11, asOf: chinaToday(new Date()) },
    prepare: (db) => {
      ({ username: counsellor } = busiestCounsellor(db));
    },
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

const doneCount = async (username: string) => {
  const view = await (await app.api(username)).call('checkins.month', { month });
  return { done: view.rows.filter((r) => r.state === 'done').length, expected: view.rows.length, rows: view.rows };
};

describe('monthly check-ins', () => {
  it('let a counsellor log a check-in with the keyboard alone, and open the next student without one', async () => {
    const page = await app.signIn(counsellor);
    await page.getByRole('link', { name: '月度监测' }).click();
    await page.getByTestId('checkin-row').first().waitFor();
    const before = await doneCount(counsellor);
    // The demo has logged part of this month already: start at the first still open, and expect the next open one after it.
    const at = before.rows.findIndex((r) => r.state !== 'done');
    const first = before.rows[at];
    const second = [...before.rows.slice(at + 1), ...before.rows.slice(0, at)].find((r) => r.state !== 'done')!;

    await page.getByTestId('checkin-open').nth(at).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('checkin-title').textContent()).toContain(first.name);
    // The attendance is where the form starts; Enter saves.
    await page.keyboard.type('92');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('checkin-title').textContent()).toContain(second.name);

    const after = await (await app.api(counsellor)).call('checkins.get', { studentId: first.studentId, month });
    expect(after.checkin).toMatchObject({ attendancePct: 92, risk: 'normal', method: 'in_person' });
    await page.getByRole('link', { name: '返回本月名单' }).click();
    await page.getByTestId('checkin-show').getByText('未填和逾期').click();
    await expect.poll(() => page.getByTestId('checkin-row').count()).toBe(before.expected - before.done - 1);
    expect(await page.getByTestId('checkin-open').allTextContents()).not.toContain(first.name);
    await page.close();
  });

  it('record several students as 正常 in one step, each with a record of their own', async () => {
    const page = await app.signIn(counsellor);
    await page.goto(`${app.server.url}#/checkins?show=todo`);
    await page.getByTestId('checkin-row').first().waitFor();
    const open = await page.getByTestId('checkin-open').allTextContents();
    await page.getByRole('checkbox', { name: `选择 ${open[0]}` }).check();
    await page.getByRole('checkbox', { name: `选择 ${open[1]}` }).check();
    await page.getByTestId('checkin-quick').click();
    await page.getByTestId('confirm-action').click();
    await expect.poll(async () => (await page.getByTestId('checkin-open').allTextContents()).slice(0, 1)).not.toEqual([open[0]]);
    const { rows } = await doneCount(counsellor);
    const chosen = rows.filter((r) => r.name === open[0] || r.name === open[1]);
    expect(chosen.map((r) => [r.state, r.risk])).toEqual([
      ['done', 'normal'],
      ['done', 'normal'],
    ]);
    await page.close();
  });

  it('show the office the school’s coverage, the counsellor’s check-ins included', async () => {
    const page = await app.signIn('office');
    await page.getByTestId('checkins-card-text').waitFor();
    const school = await doneCount('office');
    const mine = await doneCount(counsellor);
    expect(school.rows.filter((r) => r.state === 'done').map((r) => r.studentId)).toEqual(
      expect.arrayContaining(mine.rows.filter((r) => r.state === 'done').map((r) => r.studentId)),
    );
    expect(await page.getByTestId('checkins-card-text').textContent()).toContain(`已填 ${school.done}/${school.expected}`);
    await page.goto(`${app.server.url}#/checkins`);
    await expect.poll(() => page.getByTestId('checkin-summary').textContent()).toContain(`应填 ${school.expected} 人，已填 ${school.done} 人`);
    await page.screenshot({ path: path.join(SHOTS, 'checkins-office.png') });
    await page.close();
  });

  it('fit the form on a phone, nothing wider than its screen', async () => {
    const page = await app.newPage({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await app.signIn(counsellor, page);
    const { rows } = await doneCount(counsellor);
    const open = rows.find((r) => r.state !== 'done')!;
    await page.goto(`${app.server.url}#/checkins/${month}/${open.studentId}`);
    await page.getByTestId('checkin-title').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SHOTS, 'checkins-phone-form.png'), fullPage: true });
    await page.goto(`${app.server.url}#/checkins`);
    await page.getByTestId('checkin-row').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.screenshot({ path: path.join(SHOTS, 'checkins-phone-month.png') });
    await page.close();
  });

  it('flag a student whose check-in says 高风险, with the reason, and let the office mark it reviewed', async () => {
    const { rows } = await doneCount(counsellor);
    const target = rows.find((r) => r.state !== 'done')!;
    await (await app.api(counsellor)).call('checkins.save', {
      studentId: target.studentId,
      month,
      date: chinaToday(new Date()),
      method: 'home_visit',
      risk: 'high',
      attendancePct: 60,
    });
    const page = await app.signIn('office');
    await page.getByTestId('warnings-card').waitFor();
    await page.getByRole('link', { name: '查看预警' }).click();
    const row = page.getByTestId('warning-row').filter({ hasText: target.name });
    await expect.poll(() => row.getByTestId('warning-reason').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('评为高风险'), expect.stringContaining('出勤率 60%，低于 80%')]),
    );
    await page.screenshot({ path: path.join(SHOTS, 'checkins-warnings.png') });
    await row.getByTestId('warning-review').click();
    await page.locator('input[name="note"]').fill('已家访，家长同意督促返校');
    await page.getByTestId('modal-save').click();
    await expect.poll(() => page.getByTestId('warning-row').filter({ hasText: target.name }).count()).toBe(0);
    await page.getByTestId('warnings-show').getByText('全部').click();
    await expect.poll(() => page.getByTestId('warning-row').filter({ hasText: target.name }).textContent()).toContain('已家访');
    await page.close();
  });
});
