import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../electron/contract/money';
import { percentOf } from '../../electron/contract/outcomes';
import { chinaToday } from '../../electron/contract/dates';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';

/**
 * 提交报送 in Chromium on a demo register carried to 2026-11-20: the year's report is submitted, a
 * student in school is then withdrawn through the API, and 已报送 shows the figures as sent with
 * today's beside the six that changed; the frozen print still says what was sent.
 */
let app: DemoApp;
const year = Number(chinaToday(new Date()).slice(0, 4));

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false, allowances: true, placements: true } });
}, 180_000);
afterAll(async () => app?.close());

describe('frozen submissions', () => {
  it('submits the year, shows what differs after a withdrawal, and prints the report as sent', async () => {
    const office = await app.api('office');
    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.getByRole('link', { name: '统计报表' }).click();
    // 统计报表 opens on 领导看板.
    await page.getByRole('tab', { name: '年度进展' }).click();
    await page.waitForURL(/#\/reporting\/progress/);
    await page.getByTestId('progress-total').waitFor();
    await page.getByTestId('submission-submit').click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('[name="note"]').fill('年度报送');
    await dialog.getByRole('button', { name: '提交报送' }).click();
    await page.waitForURL(/#\/reporting\/submissions\/\d+$/);
    const id = Number(/(\d+)$/.exec(page.url())![1]);
    await expect.poll(() => page.getByTestId('submission-differences').innerText()).toBe('所有数字与今日相同');

    // A student in school since before the year leaves on the report date.
    const sent = await office.call('reports.submission', { id });
    const before = await office.call('reports.progressList', { year, figure: 'inSchoolAtStart' });
    const leaver = before.kind === 'students' ? before.rows.find((s) => s.status === 'enrolled')! : null;
    const student = await office.call('students.get', { id: leaver!.id });
    await office.call('students.changeStatus', { id: student.id, version: student.version, event: 'withdraw', date: sent.to, reason: '家庭原因' });
    const row = sent.report.rows.find((r) => r.projectId === student.projectId)!;

    await page.reload();
    // 在校生, 流失 and 流失率 of the student's project and of the total.
    await expect.poll(() => page.getByTestId('submission-differences').innerText()).toBe('6 个数字与今日不同');
    const line = page.locator(`[data-testid="progress-row"][data-project="${row.projectId}"]`);
    const withdrawn = line.locator('td').nth(8);
    expect(await withdrawn.getByTestId('progress-cell').innerText()).toBe(String(row.figures.withdrawn));
    expect(await withdrawn.getByTestId('today-badge').innerText()).toBe(`今日 ${row.figures.withdrawn + 1}`);
    const total = page.getByTestId('progress-total');
    expect(await total.locator('[data-testid="today-badge"][data-column="inSchool"]').innerText()).toBe(`今日 ${sent.report.total.figures.inSchool - 1}`);
    expect(await page.getByTestId('today-badge').count()).toBe(6);
    await page.screenshot({ path: path.join(SHOTS, 'report-submission.png'), fullPage: true });

    await withdrawn.getByTestId('progress-cell').click();
    const drawer = page.getByTestId('frozen-drawer');
    await expect.poll(() => drawer.getByTestId('frozen-list-count').innerText()).toBe(`报送时 ${row.figures.withdrawn}，今日 ${row.figures.withdrawn + 1}`);
    const first = drawer.getByTestId('frozen-list-row').first();
    expect(await first.getByTestId('frozen-change').innerText()).toBe('报送后新增');
    expect(await first.innerText()).toContain(student.name);
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(SHOTS, 'report-submission-drawer.png') });
    await page.keyboard.press('Escape');

    await page.getByTestId('submission-print').click();
    await page.waitForURL(/#\/print\/progress-submission\/\d+$/);
    const { file } = await printReport(page, 'report-submission-print', { landscape: true });
    const text = squeeze(pdfPages(file).join(''));
    expect(text).toContain(squeeze(`已于 ${chinaToday(new Date(sent.submittedAt))} 报送 省人社厅`));
    // The total row as sent, not as today.
    const f = sent.report.total.figures;
    const pct = (n: number, d: number) => (percentOf(n, d) === null ? '—' : `${percentOf(n, d)!.toFixed(1)}%`);
    const frozenTotal = [
      f.newStudents, f.newRegistered, f.inSchool, f.graduates, f.employed, f.furtherStudy, pct(f.placedOrStudying, f.graduates),
      f.withdrawn, f.inSchoolAtStart, pct(f.withdrawn, f.inSchoolAtStart), f.trained, f.trainedRegistered, formatYuan(f.moneyFen),
    ].join('');
    expect(text).toContain(`合计${frozenTotal}`);

    // The PDF that went out is attached to the submission, and comes back byte for byte.
    await page.goBack();
    await page.waitForURL(/#\/reporting\/submissions\/\d+$/);
    const sentPdf = page.getByTestId('submission-pdf');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), sentPdf.getByTestId('submission-pdf-attach').click()]);
    await chooser.setFiles(file);
    await expect.poll(() => sentPdf.getByTestId('submission-pdf-file').innerText()).toMatch(new RegExp(`^report-submission-print\\.pdf（\\d+ KB），${sent.submittedBy} 于 .+ 附上$`));
    expect(await sentPdf.getByTestId('submission-pdf-attach').count()).toBe(0);
    await sentPdf.screenshot({ path: path.join(SHOTS, 'report-submission-pdf.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), sentPdf.getByTestId('submission-pdf-download').click()]);
    expect(download.suggestedFilename()).toBe('report-submission-print.pdf');
    expect(fs.readFileSync((await download.path())!).equals(fs.readFileSync(file))).toBe(true);
  }, 180_000);
});
