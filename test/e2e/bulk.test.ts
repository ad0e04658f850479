import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/** The office graduates a whole class from the register, on a laptop screen (1366×768). */

let app: DemoApp;
let page: Page;
/** A class with students in school and others (withdrawn, on leave…), the most in school first: how many are and are not. */
let klass: { name: string; total: number; enrolled: number };

beforeAll(async () => {
  app = await startDemoApp({
    prepare: (db) => {
      klass = db
        .prepare(
          `SELECT k.name, count(*) AS total, sum(s.status = 'enrolled') AS enrolled FROM students s JOIN classes k ON k.id = s.class_id
           WHERE (SELECT count(*) FROM classes o WHERE o.name = k.name) = 1
           GROUP BY k.id ORDER BY enrolled > 0 AND enrolled < count(*) DESC, enrolled DESC LIMIT 1`,
        )
        .get() as typeof klass;
    },
  });
  page = await app.newPage();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const statuses = () => page.getByTestId('student-row').locator('td').filter({ hasText: /^(在读|休学|退学\/流失|毕业|结业)$/ }).allTextContents();

describe('bulk actions on the register', () => {
  it('let the office graduate a whole class: filter, select all matching, preview, confirm', async () => {
    expect(klass.enrolled).toBeGreaterThan(1);
    await app.signIn('office', page);
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
