import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * 资助项目 in Chromium on the demo: finance reads the brief's policies and their amounts; the
 * office changes one and dates a new rate, and a date already taken is refused at its field.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 5, asOf: '2026-11-20' } });
});
afterAll(async () => app?.close());

const rowOf = (page: Awaited<ReturnType<DemoApp['newPage']>>, name: string) => page.getByTestId('row-policy').filter({ hasText: name });

describe('allowance policies', () => {
  it('show finance the pre-filled policies with their amounts in yuan, read only', async () => {
    const page = await app.signIn('finance');
    await page.getByRole('link', { name: '资助发放' }).click();
    await page.getByTestId('allowances-tab-policies').click();
    await page.getByRole('heading', { name: '资助项目' }).waitFor();
    await rowOf(page, '生活补贴').waitFor();
    expect(await page.getByTestId('row-policy').count()).toBe(7);
    expect(await rowOf(page, '生活补贴').innerText()).toMatch(/发放\s+按月\s+¥300\.00\s+不设上限\s+全体在读生/);
    expect(await rowOf(page, '交通补贴').innerText()).toContain('¥1,600.00');
    expect(await rowOf(page, '国家助学金').innerText()).toContain('5个工作日');
    expect(await page.getByTestId('edit-policy').count()).toBe(0);
    expect(await page.getByTestId('create-policy').count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'allowance-policies.png'), fullPage: true });
  });

  it('let the office change a policy and date a new rate, refusing a date already taken at its field', async () => {
    const page = await app.signIn('office');
    await page.goto(app.server.url + '#/allowances/policies');
    await rowOf(page, '交通补贴').getByTestId('edit-policy').click();
    const dialog = page.getByRole('dialog', { name: '编辑资助项目' });
    await dialog.locator('[name="noticeDays"]').fill('5');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => rowOf(page, '交通补贴').innerText()).toContain('5个工作日');

    await rowOf(page, '生活补贴').getByTestId('rate-policy').click();
    const rate = page.getByRole('dialog', { name: '调整“生活补贴”的标准' });
    await rate.locator('[name="effectiveFrom"]').fill('2026-09-01');
    await rate.locator('[name="amountFen"]').fill('320');
    await rate.getByTestId('modal-save').click();
    await rate.waitFor({ state: 'detached' });
    await expect.poll(() => rowOf(page, '生活补贴').getByTestId('policy-rate').innerText()).toBe('¥320.00');

    await rowOf(page, '生活补贴').getByTestId('rate-policy').click();
    await rate.locator('[name="effectiveFrom"]').fill('2026-09-01');
    await rate.locator('[name="amountFen"]').fill('330');
    await rate.getByTestId('modal-save').click();
    await expect.poll(() => rate.locator('.mantine-InputWrapper-error').first().innerText()).toBe('2026-09-01起已有一个标准，请改日期或修改该项目');
    await page.screenshot({ path: path.join(SHOTS, 'allowance-rate-taken.png') });

    const api = await app.api('office');
    const living = (await api.call('allowances.policies', {})).find((p) => p.name === '生活补贴')!;
    expect(living.rates.map((r) => [r.effectiveFrom, r.amountFen])).toEqual([['2012-09-01', 30_000], ['2026-09-01', 32_000]]);
  });
});
