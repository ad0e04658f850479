import Database from 'better-sqlite3';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { exportedList } from '../support/drawer';

/**
 * 导出 Excel on the filtered register and on the audit log, in Chromium: the file the browser
 * downloads is read back with SheetJS and compared with the database.
 */
const FORMULA_NAME = '=SUM(1,2)';

let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({
    // A student in school whose name a spreadsheet would take for a formula.
    prepare: (db) => void db.prepare("UPDATE students SET name = ? WHERE id = (SELECT max(id) FROM students WHERE status = 'enrolled')").run(FORMULA_NAME),
  });
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const signIn = async (username: string): Promise<Page> => app.signIn(username, await app.newPage({ acceptDownloads: true }));

describe('export to Excel', () => {
  it('saves the filtered register with its filter, whole 身份证号 for the office and formulas neutralised', async () => {
    const page = await signIn('office');
    await page.goto(`${app.server.url}#/students`);
    await page.getByTestId('filter-status').click();
    await page.getByRole('option', { name: '在读', exact: true }).click();
    const db = new Database(dbFileIn(app.dataDir), { readonly: true });
    const enrolled = db.prepare("SELECT name, id_number AS idNumber FROM students WHERE status = 'enrolled'").all() as { name: string; idNumber: string }[];
    db.close();
    await expect.poll(() => page.getByTestId('student-total').textContent()).toBe(`共 ${enrolled.length} 名学生`);
    await page.screenshot({ path: path.join(SHOTS, 'export-register-1366.png') });

    // The file is made while a progress window says how many and for how long (held back here to be seen).
    await page.route('**/api/rpc', async (route) => {
      if ((route.request().postDataJSON() as { method: string }).method !== 'students.export') return route.continue();
      const response = await route.fetch();
      await sleep(1500);
      await route.fulfill({ response });
    });
    const [file] = await Promise.all([
      exportedList(page, page.getByTestId('export-button'), { cellDates: true }),
      (async () => {
        const progress = page.getByTestId('export-progress');
        await progress.waitFor();
        expect(await progress.textContent()).toContain(`正在导出 ${enrolled.length} 条记录`);
        await page.screenshot({ path: path.join(SHOTS, 'export-progress-1366.png') });
      })(),
    ]);
    await page.unroute('**/api/rpc');

    expect(file.name).toMatch(/^学生名册_\d{8}-\d{4}\.xlsx$/);
    expect(file.title).toMatch(new RegExp(`^学生名册 — 筛选：在读；排序：最近修改 ↓；共 ${enrolled.length} 条；导出：`));
    expect(file.headers.slice(0, 6)).toEqual(['序号', '姓名', '学号', '性别', '民族', '身份证号']);
    expect(file.body).toHaveLength(enrolled.length);
    const names = file.body.map((r) => r[1]);
    expect(names).toContain(`'${FORMULA_NAME}`);
    const ids = file.body.map((r) => r[5]);
    expect(new Set(ids)).toEqual(new Set(enrolled.map((s) => s.idNumber)));
    for (const id of ids) expect(id).toMatch(/^\d{17}[\dX]$/);
    await expect.poll(() => page.getByText(`已导出 ${enrolled.length} 条记录`).count()).toBe(1);
    await page.close();
  });

  it('saves the audit log for the administrator, the register export in it', async () => {
    const page = await signIn('admin');
    await page.goto(`${app.server.url}#/settings/audit`);
    await page.getByTestId('audit-row').first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'export-audit-1366.png') });
    const file = await exportedList(page, page.getByTestId('export-button'), { cellDates: true });
    expect(file.name).toMatch(/^审计日志_\d{8}-\d{4}\.xlsx$/);
    expect(file.title).toMatch(/^审计日志 — 筛选：全部；共 \d+ 条；导出：系统管理员 /);
    expect(file.headers).toEqual(['时间', '操作人', '操作', '对象类型', '对象', '记录号', '变更内容']);
    const registerExport = file.body.find((r) => r[2] === '导出' && r[3] === '学生')!;
    expect(String(registerExport[6])).toContain('学籍状态：在读');
    expect(String(registerExport[6])).toContain('含完整身份证号：是');
    expect(registerExport[0]).toBeInstanceOf(Date);
    await page.close();
  });
});
