import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatusCounts } from '../../electron/contract/overview';
import type { Role } from '../../electron/contract/roles';
import { STATUSES } from '../../electron/contract/students';
import { AREAS } from '../../renderer/areas';
import { canRoleCall } from '../../renderer/auth/permissions';
import { zh } from '../../renderer/i18n/zh';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * Where each role lands after signing in, on the demo register in Chromium: its home page's
 * cards, with the backend's figures, and its navigation, as the contract's roles allow.
 */
let app: DemoApp;
/** the demo counsellor with students in the most classes */
let counsellor: string;

beforeAll(async () => {
  app = await startDemoApp({
    prepare: (db) => {
      ({ username: counsellor } = db
        .prepare(
          `SELECT u.username FROM users u JOIN students s ON s.counsellor_id = u.id
           GROUP BY u.id ORDER BY count(DISTINCT s.class_id) DESC, count(*) DESC LIMIT 1`,
        )
        .get() as { username: string });
    },
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

const sum = (counts: StatusCounts) => STATUSES.reduce((n, s) => n + counts[s], 0);
const text = (page: Page, testId: string) => page.getByTestId(testId).textContent();

/** The side navigation's entries, as the contract lets `role` read each area (the UI's own rule, from zh labels). */
function navFor(role: Role): string[] {
  const common = zh.common.nav as Record<string, string>;
  return AREAS.flatMap((area) => ('nav' in area && canRoleCall(role, area.nav.needs) ? [common[area.nav.label.replace('common:nav.', '')]] : []));
}
const navShown = (page: Page) => page.locator('nav a').allTextContents();

/** Opens the register through a count on the home page and checks it finds as many students as the count said. */
async function opensRegister(page: Page, testId: string, count: number, params: Record<string, number | string>) {
  expect(await text(page, testId)).toBe(count.toLocaleString('zh-CN'));
  await page.getByTestId(testId).click();
  await page.waitForURL(/#\/students\?/);
  expect(Object.fromEntries(new URL(page.url().replace('#/', '')).searchParams)).toEqual(
    Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)])),
  );
  await expect.poll(() => text(page, 'student-total')).toBe(`共 ${count} 名学生`);
}

/** The status with the most students in `counts`, so a click finds some. */
const busiest = (counts: StatusCounts) => STATUSES.reduce((a, b) => (counts[b] > counts[a] ? b : a));

describe('the home page', () => {
  it('shows the office the register by status, project and cohort, each count opening the register filtered to it', async () => {
    const page = await app.signIn('office');
    await page.waitForURL(/#\/home$/);
    const overview = await (await app.api('office')).call('students.overview', {});
    const card = page.getByTestId('home-card-students-overview');
    await card.waitFor();
    expect(await page.getByTestId('home-card-my-classes').count()).toBe(0);
    // The office prepares batches too.
    await page.getByTestId('batches-card').waitFor();
    expect(await navShown(page)).toEqual(navFor('office'));
    expect((await navShown(page))[0]).toBe('首页');

    await expect.poll(() => text(page, 'overview-total')).toBe(`共 ${sum(overview.counts).toLocaleString('zh-CN')} 名学生`);
    for (const s of STATUSES) expect(await text(page, `overview-status-${s}`), s).toBe(overview.counts[s].toLocaleString('zh-CN'));
    expect(await page.getByTestId('overview-row').count()).toBe(overview.projects.length);
    for (const p of overview.projects) {
      expect(await text(page, `overview-row-${p.id}-total`), p.name).toBe(sum(p.counts).toLocaleString('zh-CN'));
      for (const s of STATUSES) expect(await text(page, `overview-row-${p.id}-${s}`), `${p.name} ${s}`).toBe(p.counts[s].toLocaleString('zh-CN'));
    }
    // One bar section per project and status with students.
    const sections = overview.projects.reduce((n, p) => n + STATUSES.filter((s) => p.counts[s] > 0).length, 0);
    await expect.poll(() => card.locator('.recharts-bar-rectangle path').count()).toBe(sections);
    await page.screenshot({ path: '/tmp/home-office.png' });
    await page.screenshot({ path: path.join(SHOTS, 'home-office-1366.png'), fullPage: true });

    // One project's cohorts.
    const project = overview.projects.reduce((a, b) => (b.cohorts.length > a.cohorts.length ? b : a));
    expect(project.cohorts.length).toBeGreaterThan(1);
    await page.getByTestId('overview-project').click();
    await page.getByRole('option', { name: project.name, exact: true }).click();
    await expect.poll(() => text(page, 'overview-total')).toBe(`共 ${sum(project.counts).toLocaleString('zh-CN')} 名学生`);
    expect(await page.getByTestId('overview-row').count()).toBe(project.cohorts.length);
    for (const c of project.cohorts) expect(await text(page, `overview-row-${c.id}-total`), c.name).toBe(sum(c.counts).toLocaleString('zh-CN'));
    await page.screenshot({ path: path.join(SHOTS, 'home-office-project-1366.png'), fullPage: true });
    const cohort = project.cohorts.reduce((a, b) => (sum(b.counts) > sum(a.counts) ? b : a));
    const status = busiest(cohort.counts);
    await opensRegister(page, `overview-row-${cohort.id}-${status}`, cohort.counts[status], { projectId: project.id, cohortId: cohort.id, status });

    // A total by status, from the home page again.
    await page.locator('nav').getByRole('link', { name: '首页', exact: true }).click();
    const overall = busiest(overview.counts);
    await opensRegister(page, `overview-status-${overall}`, overview.counts[overall], { status: overall });
  });

  it('looks right at 1920×1080 and stays usable 375 wide', async () => {
    const page = await app.signIn('office', await app.newPage({ viewport: { width: 1920, height: 1080 } }));
    await page.getByTestId('overview-row').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'home-office-1920.png') });
    await page.setViewportSize({ width: 375, height: 740 });
    // Once the chart has followed the new width, nothing is wider than the window but the table, which scrolls inside its own box.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.getByTestId('overview-status-enrolled').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('overview-status-enrolled').isVisible()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'home-office-375.png'), fullPage: true });
  });

  it('shows a leader the same whole register, and no more navigation than a leader may read', async () => {
    const page = await app.signIn('leader');
    await page.waitForURL(/#\/home$/);
    const overview = await (await app.api('leader')).call('students.overview', {});
    await page.getByTestId('home-card-students-overview').waitFor();
    await expect.poll(() => text(page, 'overview-total')).toBe(`共 ${sum(overview.counts).toLocaleString('zh-CN')} 名学生`);
    for (const s of STATUSES) expect(await text(page, `overview-status-${s}`)).toBe(overview.counts[s].toLocaleString('zh-CN'));
    expect(await navShown(page)).toEqual(navFor('viewer'));
    // Leaders read but do not set up: no checklist.
    expect(await page.getByTestId('getting-started').count()).toBe(0);
    await page.screenshot({ path: '/tmp/home-leader.png' });
  });

  it('shows a counsellor their own classes with their counts, each opening the register at those students', async () => {
    const page = await app.signIn(counsellor);
    await page.waitForURL(/#\/home$/);
    const classes = await (await app.api(counsellor)).call('students.myClasses', {});
    expect(classes.length).toBeGreaterThan(1);
    await page.getByTestId('home-card-my-classes').waitFor();
    expect(await page.getByTestId('home-card-students-overview').count()).toBe(0);
    expect(await navShown(page)).toEqual(navFor('counsellor'));
    await expect.poll(() => text(page, 'my-classes-total')).toBe(`共 ${classes.reduce((n, c) => n + sum(c.counts), 0).toLocaleString('zh-CN')} 名学生`);
    for (const c of classes) {
      const id = `class-${c.id ?? 'unplaced'}`;
      expect(await text(page, `${id}-total`), String(c.name)).toBe(sum(c.counts).toLocaleString('zh-CN'));
      for (const s of STATUSES) expect(await text(page, `${id}-${s}`), `${c.name} ${s}`).toBe(c.counts[s].toLocaleString('zh-CN'));
    }
    await page.screenshot({ path: '/tmp/home-counsellor.png' });

    const klass = classes.filter((c) => c.id !== null).reduce((a, b) => (sum(b.counts) > sum(a.counts) ? b : a));
    await opensRegister(page, `class-${klass.id}-total`, sum(klass.counts), { classId: klass.id! });
  });

  it('shows finance its batches, no register cards, and only the areas it may read', async () => {
    const page = await app.signIn('finance');
    await page.waitForURL(/#\/home$/);
    await page.getByTestId('batches-card').waitFor();
    expect(await text(page, 'home-card-allowance-batches')).toContain('发放批次');
    expect(await text(page, 'home-card-allowance-batches')).toContain('还没有发放批次');
    expect(await page.locator('[data-testid^="home-card-"]').count()).toBe(1);
    const nav = await navShown(page);
    expect(nav).toEqual(navFor('finance'));
    expect(nav).not.toContain('月度监测');
    await page.screenshot({ path: '/tmp/home-finance.png' });
  });

  it('starts the next sign-in at home, not on the page the last user left', async () => {
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/settings/projects`);
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: '退出登录' }).click();
    await page.locator('[name="username"]').fill('finance');
    await page.locator('[name="password"]').fill(app.password);
    await page.locator('[name="password"]').press('Enter');
    await page.getByTestId('home-card-allowance-batches').waitFor();
    expect(page.url()).toMatch(/#\/home$/);
  });
});
