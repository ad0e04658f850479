import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import * as XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelsIn } from '../../electron/contract/labels';
import type { Student } from '../../electron/contract/students';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { makeIdNumber } from '../support/fixtures';

/**
 * 导入学生名单 in Chromium: an office's own roster (a title row, headers in its own words, one the
 * page cannot place), mapped by hand, previewed row by row, its refused row downloaded with the
 * reason, imported, and the new students found in the register; the hand mapping is offered again.
 */

let app: DemoApp;

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 40, seed: 5, asOf: '2019-11-30', checkins: false } });
}, 120_000);
afterAll(async () => app?.close());

const L = labelsIn('zh');
const HEADERS = ['序号', '姓名', '性 别', '身份证号码', '联系电话', '家庭困难类型', '入学前学历', '帮扶项目', '批次', '培养层次', '所在学校班级', '入学日期'];
const NEW = [
  { name: '蓝天翔', id: makeIdNumber('451022', '20040315', 101), gender: '男' },
  { name: '莫雨晴', id: makeIdNumber('451022', '20040607', 102), gender: '女' },
  { name: '农家宝', id: makeIdNumber('451022', '20031129', 103), gender: '男' },
];
const good = makeIdNumber('451022', '20040101', 105);
const BAD_ID = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
const NEW_PHONE = '13977001234';

/** The roster as the office keeps it: a title over the headers, 身份证号 as text, dates as dates. */
function roster(existing: Student): Buffer {
  const row = (n: number, name: string, gender: string, id: string, phone: string) => [
    n, name, gender, id, phone, L.povertyStatus[existing.povertyStatus], L.priorEducation[existing.priorEducation],
    existing.projectName, existing.cohortName, L.level[existing.level], existing.className ?? '', existing.enrolmentDate,
  ];
  const ws = XLSX.utils.aoa_to_sheet([
    ['2019级帮扶生名单（补录）'],
    HEADERS,
    ...NEW.map((s, i) => row(i + 1, s.name, s.gender, s.id, `1397700${String(i).padStart(4, '0')}`)),
    row(4, existing.name, L.gender[existing.gender], existing.idNumber, NEW_PHONE),
    row(5, '石磊', '男', BAD_ID, '13977009999'),
  ]);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, '名单');
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, `import-students-${name}.png`), fullPage: true });

async function upload(page: Page, file: Buffer) {
  await page.getByTestId('import-file').setInputFiles({ name: '2019级新生名单.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: file });
  await page.getByTestId('import-header-found').waitFor();
}

describe('importing a student roster', () => {
  it('maps, previews, downloads the refused row and imports the rest', async () => {
    const office = await app.api('office');
    const listed = (await office.call('students.list', { status: 'enrolled', pageSize: 200 })).rows.find((s) => s.className)!;
    const existing = await office.call('students.get', { id: listed.id });
    const file = roster(existing);

    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.getByRole('link', { name: '导入' }).click();
    await page.getByTestId('import-drop').waitFor();
    await shot(page, '1-file');

    // Read off the page's thread: a worker of its own per file.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await upload(page, file);
    expect(workers).toEqual([expect.stringMatching(/book\.worker/)]);
    expect(await page.getByTestId('import-header-found').innerText()).toBe('表头在第 2 行，下面有 5 行数据（空行和合计行已跳过）。');
    // 所在学校班级 is no header the import knows: not imported until the user says what it is.
    const klass = page.getByTestId('import-field-K');
    expect(await klass.inputValue()).toBe('不导入');
    expect(await page.getByTestId('import-field-D').inputValue()).toBe('身份证号（必填）');
    expect(await page.getByTestId('import-field-C').inputValue()).toBe('性别');
    await klass.click();
    await page.getByRole('option', { name: '班级', exact: true }).click();
    await expect.poll(() => klass.inputValue()).toBe('班级');
    expect(await page.getByTestId('import-missing-fields').count()).toBe(0);
    await shot(page, '2-columns');

    await page.getByTestId('import-to-preview').click();
    const filter = page.getByTestId('preview-filter');
    await filter.waitFor({ timeout: 30_000 });
    const counts = (await filter.innerText()).replace(/\s+/g, ' ');
    expect(counts).toContain('新增 3');
    expect(counts).toContain('更新 1');
    expect(counts).toContain('无变化 0');
    expect(counts).toContain('有问题 1');
    const refused = page.locator('[data-testid="preview-row"][data-status="error"]');
    expect(await refused.getByTestId('preview-problem').first().innerText()).toMatch(/^第 7 行 · 列“身份证号码”：.+/);
    const updated = page.locator('[data-testid="preview-row"][data-status="update"]');
    expect(await updated.innerText()).toContain(existing.name);
    expect(await updated.getByTestId('preview-change').allInnerTexts()).toEqual([`联系电话：${existing.phone || '（空）'} → ${NEW_PHONE}`]);
    await shot(page, '3-preview');

    // The refused row as the file had it, with the reason in a last column.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('import-problems').click()]);
    expect(download.suggestedFilename()).toBe('2019级新生名单_问题行.xlsx');
    const book = XLSX.read(fs.readFileSync((await download.path())!));
    const problems = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]], { header: 1, defval: '' });
    expect(problems[0]).toEqual([...HEADERS, '问题']);
    expect(problems).toHaveLength(2);
    expect(problems[1].slice(1, 4)).toEqual(['石磊', '男', BAD_ID]);
    expect(String(problems[1][12])).toMatch(/^列“身份证号码”：.+/);

    await page.getByTestId('preview-filter').getByText('有问题 1').click();
    await expect.poll(() => page.getByTestId('preview-row').count()).toBe(1);
    await shot(page, '4-problems');

    await page.getByTestId('import-run').click();
    const dialog = page.getByRole('dialog', { name: '导入学生名单' });
    expect(await dialog.innerText()).toContain('将新增 3 名学生，更新 1 名学生的信息。');
    // The modal fades in.
    await page.waitForTimeout(400);
    await shot(page, '5-confirm');
    await dialog.getByTestId('confirm-action').click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('import-done-created').innerText()).toContain('3');
    expect(await page.getByTestId('import-done-updated').innerText()).toContain('1');
    expect(await page.getByTestId('import-done-skipped').innerText()).toContain('1');
    await page.waitForTimeout(400);
    await shot(page, '6-done');
    expect((await office.call('students.get', { id: existing.id })).phone).toBe(NEW_PHONE);

    await page.getByTestId('import-to-register').click();
    await page.getByTestId('student-search').fill(NEW[1].name);
    await expect.poll(() => page.getByTestId('student-row').allInnerTexts()).toEqual([expect.stringContaining(NEW[1].name)]);
    await shot(page, '7-register');

    // The same headers again: the hand mapping is applied, and said so.
    await page.getByRole('link', { name: '导入' }).click();
    await upload(page, file);
    await page.getByTestId('import-recalled').waitFor();
    expect(await page.getByTestId('import-field-K').inputValue()).toBe('班级');
    await shot(page, '8-recalled');
    await page.getByTestId('import-to-preview').click();
    await filter.waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await filter.innerText()).replace(/\s+/g, ' ')).toContain('无变化 4');
    await shot(page, '8-again-preview');
  });

  it('says in words when a file has no header it knows, and lets the user pick the header row', async () => {
    const ws = XLSX.utils.aoa_to_sheet([['学生情况'], ['学生', '证件'], ['蓝天翔', NEW[0].id]]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/imports/students`);
    const buffer = XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
    await page.getByTestId('import-file').setInputFiles({ name: '名单.xlsx', mimeType: 'application/octet-stream', buffer });
    await page.getByTestId('import-no-header').waitFor();
    expect(await page.getByTestId('import-no-header').innerText()).toContain('没有找到可识别的表头');
    await page.getByTestId('import-header-row').click();
    await page.getByRole('option', { name: /^第 2 行：学生、证件/ }).click();
    await page.getByTestId('import-missing-fields').waitFor();
    expect(await page.getByTestId('import-missing-fields').innerText()).toContain('姓名、身份证号');
    expect(await page.getByTestId('import-to-preview').isDisabled()).toBe(true);
    await shot(page, '9-no-header');

    // Not a spreadsheet at all: said before anything else.
    await page.reload();
    await page.getByTestId('import-file').setInputFiles({ name: '照片.xlsx', mimeType: 'image/png', buffer: Buffer.from('not a workbook at all') });
    await expect.poll(() => page.getByTestId('import-read-problem').innerText()).toContain('这不是可导入的表格文件');

    // A counsellor has no 导入.
    const counsellor = await app.signIn('counsellor01');
    expect(await counsellor.getByRole('link', { name: '导入' }).count()).toBe(0);
  });
  it('lists a class the register lacks and creates it in the same step when asked', async () => {
    const office = await app.api('office');
    const listed = (await office.call('students.list', { status: 'enrolled', pageSize: 200 })).rows.find((s) => s.className)!;
    const existing = await office.call('students.get', { id: listed.id });
    const id = makeIdNumber('451022', '20040909', 107);
    const ws = XLSX.utils.aoa_to_sheet([
      ['姓名', '身份证号', '家庭困难类型', '入学前学历', '帮扶项目', '批次', '培养层次', '班级', '入学日期'],
      ['韦新班', id, L.povertyStatus[existing.povertyStatus], L.priorEducation[existing.priorEducation], existing.projectName, existing.cohortName, L.level[existing.level],
        '19级新开试点班', existing.enrolmentDate],
    ]);
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '名单');
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/imports/students`);
    await upload(page, XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
    await page.getByTestId('import-to-preview').click();
    const missing = page.getByTestId('preview-missing');
    await missing.waitFor({ timeout: 30_000 });
    expect(await missing.innerText()).toContain('19级新开试点班');
    await shot(page, '10-missing');
    await missing.getByTestId('preview-create-missing').check();
    await expect.poll(async () => (await page.getByTestId('preview-filter').innerText()).replace(/\s+/g, ' ')).toContain('新增 1');
    await shot(page, '11-create-missing');
    await page.getByTestId('import-run').click();
    await page.getByRole('dialog', { name: '导入学生名单' }).getByTestId('confirm-action').click();
    await page.getByTestId('import-done').waitFor({ timeout: 30_000 });
    const added = (await office.call('students.list', { q: '韦新班', pageSize: 10 })).rows;
    expect(added.map((s) => s.className)).toEqual(['19级新开试点班']);

    // The import was a mistake: taken back as a whole from the history under the page.
    const record = page.getByTestId('import-record').first();
    await expect.poll(() => record.innerText()).toContain('新增 1');
    await record.getByTestId('undo-import').click();
    const dialog = page.getByRole('dialog', { name: /撤销导入/ });
    await dialog.locator('[name="reason"]').fill('班级建错了，重新整理后再导入');
    await shot(page, '12-undo');
    await dialog.getByTestId('modal-save').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => record.innerText()).toContain('撤销');
    expect((await office.call('students.list', { q: '韦新班', pageSize: 10 })).total).toBe(0);
    await shot(page, '13-undone');
  });
});
