import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { studentFields, type Student, type StudentFields } from '../../electron/contract/students';
import { startDemoApp, type DemoApp } from '../support/demo-app';

/**
 * Issue 7's screens the other end-to-end tests left unproven: 基本设置 guarding unsaved input, and
 * the edit-conflict alert in the page's own time on a PC whose zone is not China's.
 */
let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp();
}, 120_000);

afterAll(async () => {
  await app?.close();
});

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`).first();

/** The editable fields of a record as read, ready to send back in an update. */
function fieldsOf(s: Student): StudentFields {
  const picked = Object.fromEntries(Object.keys(studentFields.shape).map((k) => [k, s[k as keyof Student]]));
  return { ...(picked as StudentFields), studentNo: s.studentNo ?? '' };
}

describe('issue 7 mends in Chromium', () => {
  it('基本设置 asks before unsaved input is left, keeps it when told to stay, and asks nothing once saved', async () => {
    const page = await app.signIn('admin');
    const admin = await app.api('admin');
    const saved = (await admin.call('settings.get', {})).schoolName;
    await page.goto(`${app.server.url}#/settings/general`);
    await expect.poll(() => field(page, 'schoolName').inputValue()).toBe(saved);

    await field(page, 'schoolName').fill(`${saved}（南校区）`);
    await page.getByTestId('settings-tab-projects').click();
    await expect.poll(() => page.getByTestId('unsaved-stay').count()).toBe(1);
    await page.getByTestId('unsaved-stay').click();
    expect(page.url()).toContain('#/settings/general');
    expect(await field(page, 'schoolName').inputValue()).toBe(`${saved}（南校区）`);

    // Closing or reloading the window asks too (the browser's own question).
    let asked = '';
    page.once('dialog', (d) => {
      asked = d.type();
      void d.dismiss();
    });
    await page.evaluate(() => setTimeout(() => location.reload()));
    await expect.poll(() => asked).toBe('beforeunload');

    await page.getByTestId('settings-tab-projects').click();
    await page.getByTestId('unsaved-leave').click();
    await expect.poll(() => page.url()).toContain('#/settings/projects');
    expect((await admin.call('settings.get', {})).schoolName).toBe(saved);

    // Saved input is no longer unsaved: leaving asks nothing.
    await page.getByTestId('settings-tab-general').click();
    await field(page, 'schoolName').fill(`${saved}（南校区）`);
    await page.getByTestId('settings-save').click();
    await expect.poll(async () => (await admin.call('settings.get', {})).schoolName).toBe(`${saved}（南校区）`);
    await page.getByTestId('settings-tab-projects').click();
    await expect.poll(() => page.url()).toContain('#/settings/projects');
    expect(await page.getByTestId('unsaved-stay').count()).toBe(0);
    await page.context().close();
  });

  it('shows the time of the other save in the PC’s own zone, not China time, with a reload button', async () => {
    const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 }, timezoneId: 'Europe/London' });
    const page = await app.signIn('office', await context.newPage());
    const office = await app.api('office');
    const id = (await office.call('students.list', { status: 'enrolled' })).rows[0].id;
    await page.goto(`${app.server.url}#/students/${id}/edit`);
    const read = await office.call('students.get', { id });
    await expect.poll(() => field(page, 'phone').inputValue()).toBe(read.phone);

    const other = await office.call('students.update', { ...fieldsOf(read), id, version: read.version, phone: '13912345678' });
    await field(page, 'phone').fill('13700000000');
    await page.getByTestId('student-save').click();
    const alert = page.getByTestId('student-form-error');
    await expect.poll(() => alert.count()).toBe(1);
    const at = (timeZone: string) => new Date(other.updatedAt).toLocaleString('zh-CN', { hour12: false, timeZone });
    expect(at('Europe/London')).not.toBe(at('Asia/Shanghai'));
    expect(await alert.textContent()).toContain(at('Europe/London'));
    expect(await alert.textContent()).not.toContain(at('Asia/Shanghai'));

    await page.getByTestId('student-form-reload').click();
    await expect.poll(() => field(page, 'phone').inputValue()).toBe('13912345678');
    expect(await alert.count()).toBe(0);
    await context.close();
  });
});
