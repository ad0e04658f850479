import Database from 'better-sqlite3';
import iconv from 'iconv-lite';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { dbFileIn } from '../../electron/backend/data-dir';
import type { BatchSummary } from '../../electron/contract/allowanceBatches';
import { chinaToday } from '../../electron/contract/dates';
import { formatYuan } from '../../electron/contract/money';
import type { HttpClient } from '../support/api';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * The bank file (代发文件) in Chromium: finance makes the 生活补贴 of November 2026 on a demo register
 * and takes it through review, approval and payment, makes the file on the batch page with the generic
 * template and saves it; the download, read back with SheetJS, has the batch's count and total
 * and whole account numbers. Then finance sets up a bank's GBK text template and takes that file too.
 */
let app: DemoApp;
let finance: HttpClient;
let batch: BatchSummary;
const today = chinaToday(new Date());

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false } });
  finance = await app.api('finance');
  const office = await app.api('office');
  const living = (await finance.call('allowances.policies', {})).find((p) => p.name === '生活补贴')!;
  batch = await finance.call('allowances.createBatch', { policyId: living.id, period: '2026-11', notes: '' });
  const step = async (who: HttpClient, action: 'submit' | 'review' | 'approve') =>
    who.call('allowances.forward', { id: batch.id, version: (await finance.call('allowances.batch', { id: batch.id })).version, action, note: '' });
  await step(finance, 'submit');
  await step(office, 'review');
  await step(office, 'approve');
  const { version } = await finance.call('allowances.batch', { id: batch.id });
  await finance.call('allowances.markPaid', { id: batch.id, version, paidOn: today, bankRef: 'NH-DF-0001' });
}, 300_000);
afterAll(async () => app?.close());

const signIn = async (username: string): Promise<Page> => app.signIn(username, await app.newPage({ acceptDownloads: true }));

/** Opens the batch's 代发文件 dialog, makes the file with `template` and saves it. */
async function bankFile(page: Page, template: string, shot?: string) {
  await page.goto(`${app.server.url}#/allowances/batches/${batch.id}`);
  await page.getByTestId('bank-file-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('bank-file-template').click();
  await page.getByRole('option', { name: template, exact: true }).click();
  await dialog.getByTestId('bank-file-make').click();
  await dialog.getByTestId('bank-file-summary').waitFor();
  if (shot) await page.screenshot({ path: path.join(SHOTS, shot) });
  const summary = await dialog.getByTestId('bank-file-summary').innerText();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('bank-file-download').click()]);
  return { summary, name: download.suggestedFilename(), data: fs.readFileSync((await download.path())!) };
}

describe('the bank file of a paid batch', () => {
  it('is made on the batch page and downloads with the batch’s count, total and whole account numbers', async () => {
    const paid = await finance.call('allowances.batch', { id: batch.id });
    expect(paid.status).toBe('paid');
    expect(paid.lines.length).toBeGreaterThan(5);
    // No reversal in this batch: one payment per line, so the file's figures are the batch's.
    expect(paid.lines.every((l) => !l.reverses)).toBe(true);

    const page = await signIn('finance');
    const file = await bankFile(page, '通用模板', 'allowance-bank-file-dialog.png');
    expect(file.summary).toBe(`${paid.lineCount} 笔，合计 ¥${formatYuan(paid.totalFen)}`);
    expect(file.name).toBe(`${paid.batchNo}_生活补贴_2026-11_代发.xlsx`);

    const book = XLSX.read(file.data, { type: 'buffer' });
    const sheet = book.Sheets[book.SheetNames[0]];
    const rows = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1, raw: true, defval: '' });
    expect(rows[0]).toEqual(['户名', '账号', '金额', '用途']);
    const body = rows.slice(1);
    expect(body).toHaveLength(paid.lineCount);
    expect(body.reduce((fen, r) => fen + Math.round(Number(r[2]) * 100), 0)).toBe(paid.totalFen);
    for (const [r, row] of body.entries()) {
      expect(row[1]).toMatch(/^\d{16,19}$/);
      expect(sheet[XLSX.utils.encode_cell({ r: r + 1, c: 1 })].t).toBe('s');
      expect(row[2]).toMatch(/^\d+\.\d{2}$/);
      expect(row[3]).toBe('生活补贴2026-11');
    }
    expect(body.map((r) => r[0]).sort()).toEqual(paid.lines.map((l) => l.name).sort());

    // The office prepares batches but does not pay: no button, and the templates read-only.
    const office = await signIn('office');
    await office.goto(`${app.server.url}#/allowances/batches/${batch.id}`);
    await office.getByTestId('batch-status').waitFor();
    expect(await office.getByTestId('bank-file-open').count()).toBe(0);
    await office.getByTestId('allowances-tab-banks').click();
    await office.getByTestId('row-bank-template').first().waitFor();
    expect(await office.getByTestId('create-bank-template').count()).toBe(0);
  });

  it('follows a bank’s own template: a GBK text file with its separator, header and 合计 line', async () => {
    const page = await signIn('finance');
    await page.goto(`${app.server.url}#/allowances`);
    await page.getByTestId('allowances-tab-banks').click();
    await page.getByTestId('create-bank-template').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="name"]').fill('农业银行代发');
    // 账号 first, then 户名; the 身份证号 added; 用途 taken out.
    await dialog.getByTestId('bank-column-up').nth(1).click();
    await dialog.getByTestId('bank-column-add-idNumber').click();
    await dialog.getByTestId('bank-column').filter({ hasText: '用途' }).getByRole('button', { name: '移除' }).click();
    await dialog.getByText('文本文件（.txt）').click();
    await dialog.getByText('竖线 |').click();
    await expect.poll(() => dialog.getByTestId('bank-preview').innerText()).toContain('账号|户名|金额|身份证号');
    await page.screenshot({ path: path.join(SHOTS, 'allowance-bank-template-editor.png') });
    await dialog.locator('[name="totalRow"]').check();
    await expect.poll(() => dialog.getByTestId('bank-preview').innerText()).toContain('合计2笔');
    await dialog.getByTestId('bank-preview').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'allowance-bank-template-preview.png') });
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('row-bank-template').filter({ hasText: '农业银行代发' });
    await expect.poll(() => row.innerText()).toContain('账号 · 户名 · 金额 · 身份证号');
    await page.screenshot({ path: path.join(SHOTS, 'allowance-bank-templates.png') });

    const paid = await finance.call('allowances.batch', { id: batch.id });
    const file = await bankFile(page, '农业银行代发');
    expect(file.name).toBe(`${paid.batchNo}_生活补贴_2026-11_代发.txt`);
    const lines = iconv.decode(file.data, 'gbk').split('\r\n');
    expect(lines[0]).toBe('账号|户名|金额|身份证号');
    expect(lines.at(-1)).toBe('');
    expect(lines.at(-2)).toBe(`合计${paid.lineCount}笔||${formatYuan(paid.totalFen).replace(/,/g, '')}|`);
    expect(lines.slice(1, -2)).toHaveLength(paid.lineCount);
    expect(lines[1]).toMatch(/^\d{16,19}\|[^|]+\|\d+\.\d{2}\|\d{17}[\dX]$/u);
  });

  it('lists the students it leaves out, and why', async () => {
    const paid = await finance.call('allowances.batch', { id: batch.id });
    const moved = paid.lines[0];
    // After the payment a student's card was changed to a parent's: the bank pays only the name on the account.
    const db = new Database(dbFileIn(app.dataDir));
    db.prepare('UPDATE students SET bank_account_name = ? WHERE id = ?').run('某家长', moved.studentId);
    db.close();
    const page = await signIn('finance');
    const file = await bankFile(page, '通用模板', 'allowance-bank-file-left-out.png');
    expect(file.summary).toBe(`${paid.lineCount - 1} 笔，合计 ¥${formatYuan(paid.totalFen - moved.amountFen)}`);
    const left = (await page.getByTestId('bank-file-left').innerText()).split('\t');
    expect(left).toEqual([moved.name, moved.className, `¥${formatYuan(moved.amountFen)}`, '开户名与姓名不符']);
  });
});
