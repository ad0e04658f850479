import fs from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import * as XLSX from 'xlsx';

/** A drawer has slid all the way in (its left edge no longer moves), so a screenshot shows it whole. */
export async function settled(drawer: Locator) {
  let last = -1;
  await expect
    .poll(async () => {
      const x = (await drawer.boundingBox())?.x ?? -1;
      const still = x === last;
      last = x;
      return still;
    })
    .toBe(true);
}

/** Clicks an 导出 button and reads the first sheet of the file it saves: the title row, the headings and the rows, raw. */
export async function exportedList(page: Page, button: Locator, { cellDates = false } = {}) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const book = XLSX.read(fs.readFileSync((await file.path())!), { cellDates });
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, raw: true, defval: null });
  return { name: file.suggestedFilename(), title: String(rows[0][0]), headers: rows[1] as string[], body: rows.slice(2) };
}
