import path from 'node:path';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 导入就业去向 in Chromium: the office's 毕业生就业情况统计表 (a title row, its own headers, a 合计
 * line) for the demo's graduates, one at an employer 企业名录 lacks and one under a wrong name;
 * previewed, the employer made in the same step, imported, and the outcome found on the student's 就业 tab.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 3, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => app?.close());

const EMPLOYER = '深圳市鹏城精密模具有限公司';

describe('importing graduates’ placements', () => {
  it('previews, makes the missing employer when asked, imports, and shows the outcome on the student page', async () => {
    const office = await app.api('office');
    const listed = (await office.call('students.list', { status: 'graduated', pageSize: 3 })).rows;
    expect(listed).toHaveLength(3);
    const [first, second, third] = await Promise.all(listed.map((s) => office.call('students.get', { id: s.id })));
    const ws = XLSX.utils.aoa_to_sheet([
      ['2019届毕业生就业情况统计表'],
      ['序号', '姓名', '身份证号', '毕业去向', '就业单位', '岗位', '就业城市', '月薪（元）', '入职日期'],
      [1, first.name, first.idNumber, '就业', EMPLOYER, '模具工', '深圳', 4800, '2019-07-15'],
      [2, second.name, second.idNumber, '升学'],
      [3, `${third.name}甲`, third.idNumber, '参军'],
      ['合计', '3人'],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '2019届');

    const page = await app.signIn('office');
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByTestId('imports-tab-placements').click();
    await page.getByTestId('placement-import').waitFor();
    const buffer = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await page.getByTestId('import-file').setInputFiles({ name: '2019届就业情况.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByTestId('import-header-found').waitFor();
    expect(await page.getByTestId('import-header-found').innerText()).toBe('表头在第 2 行，下面有 3 行数据（空行和合计行已跳过）。');
    await page.getByTestId('import-to-preview').click();

    const filter = page.getByTestId('preview-filter');
    await filter.waitFor({ timeout: 30_000 });
    const counts = async () => (await filter.innerText()).replace(/\s+/g, ' ');
    expect(await counts()).toContain('新增 1');
    expect(await counts()).toContain('有问题 2');
    const refused = page.locator('[data-testid="preview-row"][data-status="error"]');
    expect(await refused.getByTestId('preview-problem').allInnerTexts()).toEqual([
      `第 3 行 · 列“就业单位”：企业名录中没有“${EMPLOYER}”：可勾选“同时新建”在导入时新建`,
      `第 5 行 · 列“姓名”：登记册中这个身份证号是${third.name}的：请核对身份证号和姓名`,
    ]);
    const missing = page.getByTestId('preview-missing');
    expect(await missing.innerText()).toContain(EMPLOYER);
    await page.screenshot({ path: path.join(SHOTS, 'import-placements-1-preview.png'), fullPage: true });

    await missing.getByTestId('preview-create-missing').check();
    await expect.poll(counts).toContain('新增 2');
    expect(await counts()).toContain('有问题 1');
    const added = page.locator('[data-testid="preview-row"][data-status="new"]').first();
    expect(await added.getByTestId('preview-change').allInnerTexts()).toEqual(['毕业去向：就业（签订劳动合同）', `就业单位：${EMPLOYER}`]);

    await page.getByTestId('import-run').click();
    const dialog = page.getByRole('dialog', { name: '导入毕业生就业去向' });
    expect(await dialog.innerText()).toContain('将登记 2 名毕业生的就业去向，更新 0 名。');
    expect(await dialog.innerText()).toContain('同时在企业名录中新建文件中用到、名录中还没有的 1 家单位。');
    await dialog.getByTestId('confirm-action').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-done-created').innerText()).toContain('2');
    expect(await page.getByTestId('import-done-skipped').innerText()).toContain('1');
    await page.screenshot({ path: path.join(SHOTS, 'import-placements-2-done.png'), fullPage: true });

    await page.goto(`${app.server.url}#/students/${first.id}?tab=placement`);
    await expect.poll(async () => (await page.getByTestId('placement').innerText()).replace(/\s+/g, ' ')).toContain('去向 就业（签订劳动合同）');
    const facts = (await page.getByTestId('placement').innerText()).replace(/\s+/g, ' ');
    expect(facts).toContain(EMPLOYER);
    expect(facts).toContain('月薪 ¥4,800.00');
    await page.screenshot({ path: path.join(SHOTS, 'import-placements-3-student.png'), fullPage: true });
    expect(await office.call('placements.ofStudent', { studentId: second.id })).toMatchObject({ outcome: 'further_study' });
    expect(await office.call('placements.ofStudent', { studentId: third.id })).toBeNull();
  });
});
