import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 统计报表 → 短期培训 in Chromium: a year's courses and their totals, one project's, a course
 * entered (refused first at its field), corrected by clicking its row and deleted; leaders read only.
 */

let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 7, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => app?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `trainings-${name}.png`), fullPage: true });

async function open(page: Page) {
  await page.goto(`${app.server.url}#/reporting/trainings`);
  await page.getByTestId('trainings-table').waitFor();
}

/** A count as the page shows it (1,099). */
const n = (count: number) => count.toLocaleString('zh-CN');

const pick = async (page: Page, testId: string, option: string) => {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option, exact: true }).click();
};

describe('short courses', () => {
  it('lists a year’s courses with their totals, and the office enters, corrects and deletes one', async () => {
    const api = await app.api('office');
    const page = await app.signIn('office');
    await open(page);
    const totals = page.getByTestId('trainings-totals');
    const rows = page.getByTestId('training-row');

    // The demo's courses run up to last year (2018); this year has none yet.
    const thisYear = chinaToday(new Date()).slice(0, 4);
    await expect.poll(() => totals.innerText()).toBe(`${thisYear}年共 0 期，培训 0 人，其中建档立卡 0 人`);
    await pick(page, 'trainings-year', '2018年');
    const y2018 = await api.call('trainings.list', { year: 2018 });
    expect(y2018.rows.length).toBeGreaterThanOrEqual(10);
    const { courses, participants, registeredParticipants } = y2018.totals;
    await expect.poll(() => totals.innerText()).toBe(`2018年共 ${courses} 期，培训 ${n(participants)} 人，其中建档立卡 ${n(registeredParticipants)} 人`);
    await expect.poll(() => rows.count()).toBe(courses);
    const newest = y2018.rows[0];
    expect(await rows.first().innerText()).toContain(`${newest.course}\t${newest.startDate}`);
    await shot(page, '1-year');

    await pick(page, 'trainings-project', '广西百色');
    const baise = (await api.call('projects.list', {})).find((p) => p.name === '广西百色')!;
    const ofBaise = await api.call('trainings.list', { year: 2018, projectId: baise.id });
    await expect.poll(() => rows.count()).toBe(ofBaise.totals.courses);
    expect(await totals.innerText()).toContain(`培训 ${n(ofBaise.totals.participants)} 人`);

    // A new course starts today: refused at its field first, then in this year's list.
    await page.getByTestId('training-create').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="course"]').fill('电工');
    await dialog.locator('[name="region"]').fill('百色市田阳区');
    await dialog.locator('[name="participants"]').fill('50');
    await dialog.locator('[name="registeredParticipants"]').fill('60');
    await dialog.getByTestId('modal-save').click();
    await dialog.getByText('建档立卡人数不能超过培训人数50').waitFor();
    await shot(page, '2-refused');
    await dialog.locator('[name="registeredParticipants"]').fill('30');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await open(page);
    await expect.poll(() => totals.innerText()).toBe(`${thisYear}年共 1 期，培训 50 人，其中建档立卡 30 人`);

    // Its row opens it again to correct it.
    await rows.first().click();
    await dialog.locator('[name="participants"]').fill('55');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => totals.innerText()).toBe(`${thisYear}年共 1 期，培训 55 人，其中建档立卡 30 人`);
    await shot(page, '3-entered');

    await rows.first().getByTestId('training-delete').click();
    await page.getByTestId('confirm-action').click();
    await expect.poll(() => totals.innerText()).toBe(`${thisYear}年共 0 期，培训 0 人，其中建档立卡 0 人`);
  });

  it('shows leaders the courses without anything to change', async () => {
    const page = await app.signIn('leader');
    await open(page);
    await pick(page, 'trainings-year', '2017年');
    await expect.poll(() => page.getByTestId('training-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('training-create').count()).toBe(0);
    expect(await page.getByTestId('training-delete').count()).toBe(0);
    await page.getByTestId('training-row').first().click();
    expect(await page.getByRole('dialog').count()).toBe(0);
    await shot(page, '4-leader');
  });
});
