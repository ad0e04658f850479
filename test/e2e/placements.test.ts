import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/** The company directory in Chromium: the office adds a company, a counsellor finds it and cannot add it twice. */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 3, asOf: '2019-11-30', checkins: false } });
});
afterAll(async () => app?.close());

describe('company directory', () => {
  it('takes a company once, however its name is typed, and finds it by name, code or city', async () => {
    const page = await app.signIn('office');
    await page.getByRole('link', { name: '实习就业' }).click();
    await page.getByTestId('create-company').click();
    const dialog = page.getByRole('dialog', { name: '新增企业' });
    await dialog.locator('[name="name"]').fill('比亚迪（深圳）有限公司');
    await dialog.locator('[name="creditCode"]').fill('914403001922038217');
    await dialog.locator('[name="city"]').fill('深圳');
    await dialog.getByTestId('modal-save').click();
    await expect.poll(() => dialog.locator('.mantine-InputWrapper-error').first().innerText()).toContain('统一社会信用代码应为18位');
    await dialog.locator('[name="creditCode"]').fill('');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('row-company').count()).toBe(1);
    await page.screenshot({ path: path.join(SHOTS, 'companies.png'), fullPage: true });

    const counsellor = await app.signIn('counsellor01');
    await counsellor.goto(`${app.server.url}#/placements/companies`);
    await counsellor.getByTestId('company-search').fill('比亚迪(深圳)');
    await expect.poll(() => counsellor.getByTestId('row-company').allInnerTexts()).toEqual([expect.stringContaining('比亚迪（深圳）有限公司')]);
    await counsellor.getByTestId('create-company').click();
    const again = counsellor.getByRole('dialog', { name: '新增企业' });
    await again.locator('[name="name"]').fill('比亚迪 (深圳)有限公司');
    await again.getByTestId('modal-save').click();
    await expect.poll(() => again.locator('.mantine-InputWrapper-error').first().innerText()).toBe('企业“比亚迪（深圳）有限公司”已在名录中，请直接选用或编辑它');
    await counsellor.screenshot({ path: path.join(SHOTS, 'companies-twin.png') });
  });
});
