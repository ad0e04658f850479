import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaToday } from '../../electron/contract/dates';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';

/** A hardship grant in Chromium: the office asks for one student, the administrator approves, finance's next batch pays it. */
let app: DemoApp;
const today = chinaToday(new Date());

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 80, seed: 7, asOf: today } });
});
afterAll(async () => app?.close());

describe('hardship grants', () => {
  it('go from the office’s request through the administrator’s approval into finance’s batch', async () => {
    const office = await app.api('office');
    const [student] = (await office.call('students.list', { status: 'enrolled', pageSize: 1 })).rows;
    const asking = await office.call('hardship.asking', {});

    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/allowances/hardship`);
    await page.getByTestId('hardship-new').waitFor();
    expect(await page.getByTestId('hardship-asking-row').count()).toBe(asking.length);
    await page.getByTestId('hardship-new').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="studentId"]').pressSequentially(student.name);
    await page.getByRole('option', { name: new RegExp(`^${student.name} · `) }).first().click();
    await dialog.locator('[name="amountFen"]').fill('800');
    await dialog.locator('[name="reason"]').fill('家中突发变故，生活费困难');
    await page.screenshot({ path: path.join(SHOTS, 'hardship-request.png') });
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    const row = page.getByTestId('hardship-row').filter({ hasText: '家中突发变故' });
    expect((await row.innerText()).replace(/\s+/g, ' ')).toContain(`${student.name} ${student.className} 临时困难补助 ¥800.00 家中突发变故，生活费困难`);

    const admin = await app.signIn('admin');
    await admin.goto(`${app.server.url}#/allowances/hardship`);
    await admin.getByTestId('hardship-row').filter({ hasText: '家中突发变故' }).getByTestId('hardship-decide').click();
    await admin.getByRole('dialog').getByTestId('modal-save').click();
    await admin.getByRole('dialog').waitFor({ state: 'detached' });
    await admin.getByTestId('hardship-status').getByText('已批准').click();
    await expect.poll(() => admin.getByTestId('hardship-row').filter({ hasText: '家中突发变故' }).innerText()).toContain('已批准');
    await admin.screenshot({ path: path.join(SHOTS, 'hardship-approved.png'), fullPage: true });

    const finance = await app.api('finance');
    const grant = (await finance.call('allowances.policies', {})).find((p) => p.name === '临时困难补助')!;
    const proposal = await finance.call('allowances.propose', { policyId: grant.id, period: today });
    expect(proposal.lines.map((l) => [l.name, l.amountFen, l.reason])).toEqual([[student.name, 80_000, '家中突发变故，生活费困难']]);
  });
});
