import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { formatYuan } from '../../electron/contract/money';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * A batch in Chromium on a demo register of today: finance picks 生活补贴, sees this month's
 * students due (as the API proposes them) and those left out with why, and makes the draft.
 */
let app: DemoApp;
const month = chinaToday(new Date()).slice(0, 7);

beforeAll(async () => {
  app = await startDemoApp({
    demo: { students: 80, seed: 7, asOf: chinaToday(new Date()) },
    // One student's account is in a parent's name, one has none: both are left out, saying why.
    prepare: (db) => {
      const [a, b] = db.prepare("SELECT id FROM students WHERE status = 'enrolled' ORDER BY id LIMIT 2").all() as { id: number }[];
      db.prepare("UPDATE students SET bank_account_name = '某家长' WHERE id = ?").run(a.id);
      db.prepare("UPDATE students SET bank_account = '' WHERE id = ?").run(b.id);
    },
  });
});
afterAll(async () => app?.close());

describe('allowance batches', () => {
  it('let finance see who is due this month and who is left out and why, then make the draft batch', async () => {
    const api = await app.api('finance');
    const living = (await api.call('allowances.policies', {})).find((p) => p.name === '生活补贴')!;
    const expected = await api.call('allowances.propose', { policyId: living.id, period: month });
    expect(expected.lines.length).toBeGreaterThan(10);

    const page = await app.signIn('finance');
    await page.getByRole('link', { name: '资助发放' }).click();
    await page.getByTestId('create-batch').click();
    await page.getByTestId('batch-policy').click();
    await page.getByRole('option', { name: '生活补贴' }).click();
    expect(await page.getByTestId('batch-period').inputValue()).toBe(month);
    const summary = `${expected.lines.length}名学生，合计 ¥${formatYuan(expected.totalFen)}（标准 ¥300.00）`;
    await expect.poll(() => page.getByTestId('batch-proposal').innerText()).toBe(summary);
    expect(await page.getByTestId('proposed-line').count()).toBe(expected.lines.length);
    const left = page.getByTestId('left-out');
    expect(await left.filter({ hasText: '开户名与姓名不符' }).innerText()).toContain('某家长');
    expect(await left.filter({ hasText: '无银行账号' }).count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-batch-new.png'), fullPage: true });

    await page.getByTestId('batch-period').fill('2026-1');
    await expect.poll(() => page.locator('.mantine-InputWrapper-error').innerText()).toContain('期间格式不对：按月的项目应写作如');
    await page.getByTestId('batch-period').fill(month);
    await expect.poll(() => page.getByTestId('batch-proposal').innerText()).toBe(summary);
    await page.getByTestId('batch-make').click();

    await page.getByTestId('batch-title').waitFor();
    expect(await page.getByTestId('batch-title').innerText()).toBe(`生活补贴 ${month}`);
    expect(await page.getByTestId('batch-status').innerText()).toBe('草稿');
    expect(await page.getByTestId('batch-total').innerText()).toBe(`¥${formatYuan(expected.totalFen)}`);
    expect(await page.getByTestId('batch-line').count()).toBe(expected.lines.length);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-batch.png'), fullPage: true });

    const [made] = await api.call('allowances.batches', { policyId: living.id });
    expect(made).toMatchObject({ period: month, status: 'draft', lineCount: expected.lines.length, totalFen: expected.totalFen });
    // The same month again: everyone is already in a batch.
    expect((await api.call('allowances.propose', { policyId: living.id, period: month })).lines).toEqual([]);

    // Finance's home page shows the draft waiting.
    await page.getByRole('link', { name: '首页' }).click();
    await page.getByTestId('batches-card').waitFor();
    expect(await page.getByTestId('batches-card-waiting').innerText()).toBe('草稿 1');
    expect(await page.getByTestId('batches-card').innerText()).toContain(`${made.batchNo}\t生活补贴 ${month}`);
  });
});
