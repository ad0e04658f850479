import path from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 导入历史发放表 in Chromium: the policy, period and day paid chosen first, then last year's sheet
 * as the office kept it (a title, its own columns, a 合计 line), its total previewed, imported, and
 * the batch found among the batches as paid.
 */

let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 5, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => app?.close());

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `import-disbursements-${name}.png`), fullPage: true });

/** 2018年秋季学期国家助学金发放表: 序号, 姓名, 身份证号, 班级, 银行卡号, 金额, 签名, and the 合计 line. */
function paymentSheet(paid: { name: string; idNumber: string; className: string | null; bankAccount: string }[]): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([
    ['2018年秋季学期国家助学金发放表'],
    ['序号', '姓名', '身份证号', '班级', '银行卡号', '金额', '签名'],
    ...paid.map((s, i) => [i + 1, s.name, s.idNumber, s.className ?? '', s.bankAccount, i === 0 ? '1,000.00' : 1000, '']),
    ['合计', '', '', '', '', 2000, ''],
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '发放表');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

describe('importing a past disbursement sheet', () => {
  it('chooses the policy, period and day, previews the total and imports it as a paid batch', async () => {
    const office = await app.api('office');
    const listed = (await office.call('students.list', { status: 'enrolled', pageSize: 200 })).rows.slice(0, 2);
    const paid = await Promise.all(listed.map((s) => office.call('students.get', { id: s.id })));

    const page = await app.signIn('office');
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByRole('tab', { name: '历史发放表' }).click();
    await page.getByTestId('disbursement-fill-first').waitFor();
    await page.getByTestId('disbursement-policy').click();
    await page.getByRole('option', { name: '国家助学金', exact: true }).click();
    expect(await page.getByTestId('disbursement-period').isEnabled()).toBe(true);
    await page.getByTestId('disbursement-period').fill('2018-1');
    await page.getByTestId('disbursement-paid-on').fill('2019-01-10');
    await page.getByTestId('disbursement-bank-ref').fill('NH20190110001');
    await shot(page, '1-terms');

    await page.getByTestId('import-file').setInputFiles({
      name: '2018年秋季学期国家助学金发放表.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: paymentSheet(paid),
    });
    await page.getByTestId('import-header-found').waitFor();
    expect(await page.getByTestId('import-header-found').innerText()).toBe('表头在第 2 行，下面有 2 行数据（空行和合计行已跳过）。');
    // Locked while the file is under way: the preview was checked under them.
    expect(await page.getByTestId('disbursement-period').isDisabled()).toBe(true);
    await page.getByTestId('import-to-preview').click();
    const total = page.getByTestId('disbursement-total');
    await total.waitFor({ timeout: 30_000 });
    expect(await total.innerText()).toBe('新导入 2 人，合计 ¥2,000.00');
    expect((await page.getByTestId('preview-filter').innerText()).replace(/\s+/g, ' ')).toContain('新增 2');
    expect(await page.getByTestId('preview-change').allInnerTexts()).toEqual(['发放金额（元）：¥1,000.00', '发放金额（元）：¥1,000.00']);
    await shot(page, '2-preview');

    await page.getByTestId('import-run').click();
    const dialog = page.getByRole('dialog', { name: '导入历史发放表' });
    expect(await dialog.innerText()).toContain('资助项目：国家助学金，期间：2018-1，合计 ¥2,000.00。');
    await dialog.getByTestId('confirm-action').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-done-created').innerText()).toContain('2');

    await page.getByTestId('import-to-register').click();
    const batch = page.getByTestId('row-batch').filter({ hasText: '2018-1' });
    await batch.waitFor();
    const text = await batch.innerText();
    for (const shown of ['国家助学金', '已发放', '¥2,000.00']) expect(text).toContain(shown);
    await shot(page, '3-batches');
  });
});
