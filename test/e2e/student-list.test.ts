import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * The register list on a laptop screen (1366×768) and a desktop one (1920×1080), with more than
 * one page of demo students and one very long name.
 */
const LONG_NAME = '阿卜杜热合曼·买买提依明·艾则孜江';

let app: DemoApp;
let page: Page;

beforeAll(async () => {
  app = await startDemoApp({
    // The most recently changed student (first on the default list) gets a name longer than any column.
    prepare: (db) =>
      void db.prepare('UPDATE students SET name = ?, updated_at = ? WHERE id = (SELECT max(id) FROM students)').run(LONG_NAME, '2030-01-01T00:00:00.000Z'),
  });
  page = await app.newPage();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

/** The register as it opens: default order, no filters, page 1 (reloaded, so no earlier state lingers). */
async function openList() {
  await page.goto(`${app.server.url}#/students`);
  await page.reload();
  await expect.poll(() => page.getByTestId('student-row').count()).toBe(50);
}

/** Pick the first option of a filter, and wait until the box shows it (the list reloads meanwhile on a busy machine). */
async function chooseFirst(testId: string) {
  await page.getByTestId(testId).click();
  await page.getByRole('option').first().click();
  await expect.poll(() => page.getByTestId(testId).inputValue()).not.toBe('');
}

/** How each filter box holding a value sits against its clear button and the text it shows. */
function filterBoxes() {
  return page.$$eval('input[data-testid^="filter-"]', (inputs) =>
    inputs
      .filter((input) => (input as HTMLInputElement).value !== '')
      .map((el) => {
        const input = el as HTMLInputElement;
        const box = input.getBoundingClientRect();
        const style = getComputedStyle(input);
        const clear = input.closest('.mantine-Input-wrapper, .mantine-Select-wrapper')?.querySelector('button');
        return {
          value: input.value,
          textRight: box.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
          clearLeft: clear ? clear.getBoundingClientRect().left : Infinity,
          cut: input.scrollWidth > input.clientWidth,
        };
      }),
  );
}

describe('the student list', () => {
  it('opens for the office', async () => {
    await app.signIn('office', page);
    await page.locator('nav').getByRole('link', { name: '学生', exact: true }).click();
    await expect.poll(() => page.getByTestId('student-row').count()).toBe(50);
  });

  it('says which order it is in, the default included', async () => {
    await openList();
    await expect.poll(() => page.getByTestId('student-sort').textContent()).toBe('排序：最近修改 ↓');
    expect(await page.getByTestId('student-sort').isVisible()).toBe(true);
    await page.getByTestId('sort-status').click();
    await expect.poll(() => page.getByTestId('student-sort').textContent()).toBe('排序：学籍状态 ↑');
  });

  it('shows filter values whole, clear of their clear buttons, at 1366 wide', async () => {
    await openList();
    await chooseFirst('filter-cohortId');
    await chooseFirst('filter-counsellorId');
    await chooseFirst('filter-status');
    const boxes = await filterBoxes();
    expect(boxes.map((b) => b.value)).toHaveLength(3);
    for (const b of boxes) {
      expect(b.textRight, b.value).toBeLessThanOrEqual(b.clearLeft);
      expect(b.cut, b.value).toBe(false);
    }
    await page.screenshot({ path: path.join(SHOTS, 'student-list-filters-1366.png') });
  });

  it('cuts a long name and keeps the last column or its scrollbar on screen', async () => {
    await openList();
    // The office's rows start with a selection box; the name comes next.
    const nameCell = page.getByTestId('student-row').first().locator('td').nth(1);
    expect(await nameCell.evaluate((td) => td.querySelector('[title]')?.getAttribute('title') ?? null)).toBe(LONG_NAME);
    for (const viewport of [
      { width: 1366, height: 768 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(viewport);
      await page.evaluate(() => window.scrollTo(0, 0));
      const seen = await page.evaluate(() => {
        const table = document.querySelector('table')!;
        // The box that scrolls the table sideways, if any.
        let box: HTMLElement = table;
        while (box.parentElement && !(box.scrollWidth > box.clientWidth && /auto|scroll/.test(getComputedStyle(box).overflowX))) box = box.parentElement;
        const frame = box.getBoundingClientRect();
        const last = [...table.querySelectorAll('th')].at(-1)!.getBoundingClientRect();
        return { lastRight: last.right, frameRight: frame.right, frameBottom: frame.bottom };
      });
      const lastHeaderShown = seen.lastRight <= Math.min(seen.frameRight, viewport.width);
      const scrollbarShown = seen.frameBottom <= viewport.height;
      expect(lastHeaderShown || scrollbarShown, JSON.stringify(seen)).toBe(true);
      await page.screenshot({ path: path.join(SHOTS, `student-list-${viewport.width}.png`) });
    }
    await page.setViewportSize({ width: 1366, height: 768 });
  });

  it('shows page 2 from its top', async () => {
    await openList();
    const firstRow = await page.getByTestId('student-row').first().textContent();
    // Down to the last row, however the page scrolls (the window or the table).
    await page.getByTestId('student-row').last().scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator('.mantine-Pagination-control', { hasText: /^2$/ }).click();
    await expect.poll(() => page.getByTestId('student-row').first().textContent()).not.toBe(firstRow);
    // The first row of page 2 is in sight: on screen and not under the table's header.
    const seen = await page.getByTestId('student-row').first().evaluate((row) => {
      const box = row.getBoundingClientRect();
      const atCentre = document.elementFromPoint(box.left + 20, box.top + box.height / 2);
      return { top: box.top, onRow: !!atCentre && row.contains(atCentre) };
    });
    expect(seen.top).toBeGreaterThanOrEqual(0);
    expect(seen.top).toBeLessThan(768);
    expect(seen.onRow).toBe(true);
  });
});
