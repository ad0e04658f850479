import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { formatYuan } from '../../electron/contract/money';
import { academicYearOf } from '../../electron/contract/schoolMonths';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * A batch's way in Chromium: finance corrects a line and submits; the office, a second person,
 * reviews and approves (finance cannot: separation of duties); finance records the payment.
 */
let app: DemoApp;
const today = chinaToday(new Date());

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 80, seed: 7, asOf: today } });
});
afterAll(async () => app?.close());

/** Opens the step's dialog, fills it and waits for it to close. */
async function step(page: Page, button: string, fill: Record<string, string> = {}) {
  await page.getByTestId(button).click();
  const dialog = page.getByRole('dialog');
  for (const [name, value] of Object.entries(fill)) await dialog.locator(`[name="${name}"]`).fill(value);
  await dialog.getByTestId('modal-save').click();
  await dialog.waitFor({ state: 'detached' });
}

describe('allowance batch workflow', () => {
  it('goes from finance’s draft through the office’s review and approval to paid, each step recorded', async () => {
    const finance = await app.api('finance');
    const transport = (await finance.call('allowances.policies', {})).find((p) => p.name === '交通补贴')!;
    const made = await finance.call('allowances.createBatch', { policyId: transport.id, period: String(academicYearOf(today.slice(0, 7))), notes: '' });
    const batch = await finance.call('allowances.batch', { id: made.id });
    const first = batch.lines[0];

    const page = await app.signIn('finance');
    await page.goto(`${app.server.url}#/allowances/batches/${made.id}`);
    await page.getByTestId('line-filter').fill(first.name);
    await page.getByTestId('line-menu').first().click();
    await page.getByTestId('line-change').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="amountFen"]').fill('1,600.01');
    await dialog.locator('[name="reason"]').fill('按车票');
    await dialog.getByTestId('modal-save').click();
    // Over the cap: refused at the field, the dialog stays.
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').first().innerText()).toContain('超过本学年上限');
    const amount = dialog.locator('[name="amountFen"]');
    // Typed as a person does, the decimal point on its own for a moment.
    await amount.selectText();
    await amount.pressSequentially('860.50');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    const total = batch.totalFen - first.amountFen + 86_050;
    await expect.poll(() => page.getByTestId('batch-total').innerText()).toBe(`¥${formatYuan(total)}`);
    expect(await page.getByTestId('batch-line').first().innerText()).toContain('按车票');

    await step(page, 'batch-submit');
    await expect.poll(() => page.getByTestId('batch-status').innerText()).toBe('已提交');
    // Finance prepared it, so finance may not review it.
    expect(await page.getByTestId('batch-review').isDisabled()).toBe(true);
    expect(await page.getByTestId('line-menu').count()).toBe(0);

    const office = await app.signIn('office');
    await office.goto(`${app.server.url}#/allowances/batches/${made.id}`);
    await step(office, 'batch-review', { note: '已逐条核对' });
    await expect.poll(() => office.getByTestId('batch-status').innerText()).toBe('已复核');
    await step(office, 'batch-approve');
    await expect.poll(() => office.getByTestId('batch-status').innerText()).toBe('已审批');

    await page.reload();
    await step(page, 'batch-pay', { paidOn: today, bankRef: 'NH-2026-0001' });
    await expect.poll(() => page.getByTestId('batch-status').innerText()).toBe('已发放');
    expect(await page.getByTestId('batch-paid').innerText()).toBe(`${today}发放，回单号 NH-2026-0001`);
    const [financeName, officeName] = [(await finance.call('auth.status', {})).user!.displayName, (await (await app.api('office')).call('auth.status', {})).user!.displayName];
    expect((await page.getByTestId('batch-step').allInnerTexts()).map((text) => text.replace(/\n+/g, '|').replace(/ · .*?(\||$)/, '$1'))).toEqual([
      `提交|${financeName}`,
      `复核|${officeName}|已逐条核对`,
      `审批|${officeName}`,
      `登记发放|${financeName}|NH-2026-0001`,
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-batch-paid.png'), fullPage: true });
    expect(await finance.call('allowances.batch', { id: made.id })).toMatchObject({ status: 'paid', totalFen: total, bankRef: 'NH-2026-0001' });

    // The student's 资助 tab: the paid line, and what the year's cap still leaves.
    await page.goto(`${app.server.url}#/students/${first.studentId}?tab=allowances`);
    await page.getByTestId('ledger-line').first().waitFor();
    const ledgerLine = (await page.getByTestId('ledger-line').first().innerText()).replace(/\s+/g, ' ');
    expect(ledgerLine).toBe(`${made.batchNo} 交通补贴 ${made.period} 已发放 ${today} ¥860.50 按车票`);
    expect(await page.getByTestId('ledger-policy').filter({ hasText: '交通补贴' }).innerText()).toBe('交通补贴\t¥860.50\t¥860.50\t¥1,600.00\t¥739.50');
    await page.screenshot({ path: path.join(SHOTS, 'allowance-ledger.png'), fullPage: true });

    // The office's totals count the paid batch under its policy.
    await page.goto(`${app.server.url}#/allowances/totals?by=policy`);
    await expect.poll(() => page.getByTestId('totals-row').filter({ hasText: '交通补贴' }).innerText()).toBe(`交通补贴\t${batch.lineCount}\t${batch.lineCount}\t¥${formatYuan(total)}\t¥0.00`);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-totals.png'), fullPage: true });
  });
});
