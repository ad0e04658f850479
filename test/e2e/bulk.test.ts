import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { generateDemo } from '../../electron/backend/demo/generate';
import { launchBrowser } from '../support/browser';
import { RENDERER_DIR, startTestServer, tempDir, type TestServer } from '../support/server';

/** The office graduates a whole class from the register, on a laptop screen (1366×768). */
const SHOTS = path.resolve(__dirname, '../../test-results');

let server: TestServer;
let browser: Browser;
let page: Page;
let password: string;
/** A class with students in school and others (withdrawn, on leave…), the most in school first: how many are and are not. */
let klass: { name: string; total: number; enrolled: number };

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  const dataDir = tempDir();
  const demo = await generateDemo(dataDir, { students: 160, seed: 11, asOf: '2019-11-30' });
  const db = new Database(dbFileIn(dataDir));
  db.prepare("UPDATE users SET must_change_password = 0 WHERE username = 'office'").run();
  klass = db
    .prepare(
      `SELECT k.name, count(*) AS total, sum(s.status = 'enrolled') AS enrolled FROM students s JOIN classes k ON k.id = s.class_id
       WHERE (SELECT count(*) FROM classes o WHERE o.name = k.name) = 1
       GROUP BY k.id ORDER BY enrolled > 0 AND enrolled < count(*) DESC, enrolled DESC LIMIT 1`,
    )
    .get() as typeof klass;
  db.close();
  server = await startTestServer(dataDir);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(10_000);
  password = demo.password;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const statuses = () => page.getByTestId('student-row').locator('td').filter({ hasText: /^(在读|休学|退学\/流失|毕业|结业)$/ }).allTextContents();

describe('bulk actions on the register', () => {
  it('let the office graduate a whole class: filter, select all matching, preview, confirm', async () => {
    expect(klass.enrolled).toBeGreaterThan(1);
    await page.goto(server.url);
    await page.locator('[name="username"]').fill('office');
    await page.locator('[name="password"]').fill(password);
    await page.locator('[name="password"]').press('Enter');
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();

    await page.getByTestId('filter-classId').click();
    await page.getByRole('option', { name: klass.name, exact: true }).click();
    await expect.poll(() => page.getByTestId('student-total').textContent()).toBe(`共 ${klass.total} 名学生`);

    // Ticked from the keyboard: Space ticks the box, and Enter on it does not open the student.
    const firstBox = page.getByTestId('select-row').first();
    await firstBox.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#\/students\?/);
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toBe('已选 1 名');
    await page.getByTestId('bulk-select-all').click();
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toBe(`已选全部 ${klass.total} 名符合筛选条件的学生`);
    expect(await page.getByTestId('select-page').isChecked()).toBe(true);
    await page.screenshot({ path: path.join(SHOTS, 'bulk-selected-1366.png') });

    await page.getByTestId('bulk-menu').click();
    await page.getByTestId('bulk-status').click();
    await page.getByTestId('status-event').click();
    await page.getByRole('option', { name: '毕业', exact: true }).click();
    await page.getByTestId('status-reason').fill('修完全部课程，考核合格，准予毕业');
    await page.screenshot({ path: path.join(SHOTS, 'bulk-form-1366.png') });
    await page.getByTestId('bulk-preview').click();
    await expect.poll(() => page.getByTestId('bulk-will-count').textContent()).toBe(String(klass.enrolled));
    expect(await page.getByTestId('bulk-cannot-count').textContent()).toBe(String(klass.total - klass.enrolled));
    expect(await page.getByTestId('bulk-will-row').first().textContent()).toContain('在读 → 毕业');
    await page.screenshot({ path: path.join(SHOTS, 'bulk-preview-1366.png') });

    await page.getByTestId('bulk-confirm').click();
    await expect.poll(() => page.getByText(`已变更 ${klass.enrolled} 名学生`).count()).toBe(1);
    await expect.poll(() => page.getByTestId('bulk-bar').count()).toBe(0);
    await expect.poll(async () => (await statuses()).filter((s) => s === '在读').length).toBe(0);
    expect((await statuses()).filter((s) => s === '毕业').length).toBeGreaterThanOrEqual(klass.enrolled);
    await page.screenshot({ path: path.join(SHOTS, 'bulk-done-1366.png') });
  });
});
