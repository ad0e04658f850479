import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { chinaToday } from '../../electron/contract/dates';
import { formatYuan } from '../../electron/contract/money';
import { PROGRESS_RATES, type ProgressRow } from '../../electron/contract/reporting';
import { isRateColumn, PROGRESS_COLUMNS, type ProgressColumnKey } from '../../electron/contract/reportingColumns';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { pdfInfo, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';

/**
 * The 进展情况表's 列设置, print and workbook in Chromium on a demo register carried to 2026-11-20:
 * the office drops 在校生 and moves 资助金额 first; the table, the A4 print and the xlsx follow.
 */
let app: DemoApp;
const year = Number(chinaToday(new Date()).slice(0, 4));

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', checkins: false, allowances: true, placements: true } });
}, 180_000);
afterAll(async () => app?.close());

const HEADINGS: Record<ProgressColumnKey, string> = {
  newStudents: '新招帮扶生',
  newRegistered: '其中建档立卡',
  inSchool: '在校生',
  graduates: '毕业生',
  employed: '其中就业/创业',
  furtherStudy: '其中升学',
  employmentRate: '就业率(含升学)',
  withdrawn: '流失',
  inSchoolAtStart: '期初在校生',
  dropoutRate: '流失率',
  trained: '培训人数',
  trainedRegistered: '其中建档立卡',
  moneyFen: '资助金额（元）',
};
const CHOSEN: ProgressColumnKey[] = ['moneyFen', ...PROGRESS_COLUMNS.filter((k) => k !== 'inSchool' && k !== 'moneyFen')];

/** A row's cells as printed: a count, yuan, or a rate with its numerator and base under it. */
function printedCells(row: ProgressRow): string {
  return CHOSEN.map((key) => {
    if (key === 'moneyFen') return formatYuan(row.figures.moneyFen);
    if (!isRateColumn(key)) return String(row.figures[key]);
    const n = row.figures[PROGRESS_RATES[key].n];
    const d = row.figures[PROGRESS_RATES[key].d];
    return `${d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`}${n}/${d}`;
  }).join('');
}

/** The PDF's text in the order it was drawn (cells in table order, a wrapped heading's lines together). */
const drawnText = (file: string) => squeeze(execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }));

describe('the 进展情况表 printed and exported in the chosen columns', () => {
  it('follows the 列设置 on the page, on A4 and in the workbook', async () => {
    const office = await app.api('office');
    const report = await office.call('reports.progress', { year });
    const page = await app.signIn('office', await app.newPage({ acceptDownloads: true }));
    await page.getByRole('link', { name: '统计报表' }).click();
    // 统计报表 opens on 领导看板.
    await page.getByRole('tab', { name: '年度进展' }).click();
    await page.waitForURL(/#\/reporting\/progress/);
    const headings = page.getByTestId('progress-heading');
    await expect.poll(() => headings.allInnerTexts()).toEqual(PROGRESS_COLUMNS.map((k) => HEADINGS[k]));

    // 列设置: drop 在校生, move 资助金额 (the last) to the top.
    await page.getByTestId('progress-columns').click();
    const form = page.getByTestId('progress-columns-form');
    await form.locator('[data-testid="column-choice"][data-key="inSchool"]').getByRole('checkbox').uncheck();
    const money = form.locator('[data-testid="column-choice"][data-key="moneyFen"]');
    for (let i = 0; i < PROGRESS_COLUMNS.length - 1; i++) await money.getByTestId('column-up').click();
    await expect.poll(() => form.getByTestId('column-choice').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-key')))).toEqual([
      'moneyFen',
      ...PROGRESS_COLUMNS.filter((k) => k !== 'moneyFen'),
    ]);
    await page.screenshot({ path: path.join(SHOTS, 'progress-columns.png') });
    await form.getByTestId('columns-save').click();
    await form.waitFor({ state: 'detached' });
    expect(await office.call('reports.progressColumns', {})).toEqual(CHOSEN);

    await expect.poll(() => headings.allInnerTexts()).toEqual(CHOSEN.map((k) => HEADINGS[k]));
    expect(await page.getByTestId('progress-group').allInnerTexts()).toEqual(['资助', '帮扶生', '毕业生', '流失', '短期培训']);
    // The total's first cell is now its money.
    expect(await page.getByTestId('progress-total').getByTestId('progress-cell').first().innerText()).toBe(formatYuan(report.total.figures.moneyFen));
    await page.screenshot({ path: path.join(SHOTS, 'progress-chosen-columns.png'), fullPage: true });

    // Reopened, the form starts from the setting: 在校生 unticked, last.
    await page.getByTestId('progress-columns').click();
    await expect.poll(() => form.getByTestId('column-choice').last().getAttribute('data-key')).toBe('inSchool');
    expect(await form.getByTestId('column-choice').last().getByRole('checkbox').isChecked()).toBe(false);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });

    // The workbook: the chosen headings under their groups, figures as numbers.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('progress-actions').getByTestId('export-button').click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^技能脱贫千校行动进展情况表_${year}_\\d{8}-\\d{4}\\.xlsx$`));
    const book = XLSX.read(fs.readFileSync((await download.path())!));
    expect(book.SheetNames).toEqual(['进展情况表', '资助金额', '口径说明']);
    const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets['进展情况表'], { header: 1, raw: true, defval: null });
    expect(rows[2].filter((v) => v !== null)).toEqual(['帮扶项目', '资助', '帮扶生', '毕业生', '流失', '短期培训']);
    expect(rows[3]).toEqual([null, ...CHOSEN.map((k) => HEADINGS[k])]);
    expect(rows.at(-1)!.slice(0, 3)).toEqual(['合计', report.total.figures.moneyFen / 100, report.total.figures.newStudents]);

    // Printed: from the page's 打印 to its A4 landscape preview, then the PDF as the desktop app saves it
    // (once the page's notices have gone: a browser would print them too).
    await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 15_000 }).toBe(0);
    await page.getByTestId('progress-print').click();
    await page.waitForURL(new RegExp(`#/print/progress\\?year=${year}&from=${report.from}&to=${report.to}$`));
    const { file } = await printReport(page, 'progress-print', { landscape: true, dpi: 70 });
    const info = pdfInfo(file);
    expect(info.width).toBeGreaterThan(info.height);
    const text = drawnText(file);
    expect(text).toContain('技能脱贫千校行动进展情况表');
    expect(text).toContain(`统计期间：${report.from}至${report.to}报表日期：${report.to}`);
    // The group headings over their columns, then the columns' in the chosen order.
    expect(text).toContain(`帮扶项目资助帮扶生毕业生流失短期培训${CHOSEN.map((k) => HEADINGS[k]).join('')}`);
    for (const row of report.rows) expect(text).toContain(`${row.label}${printedCells(row)}`);
    expect(text).toContain(`合计${printedCells(report.total)}`);
    expect(text).toContain('口径说明');
    expect(text).toMatch(/填表人：审核人：负责人：日期：/);
  });
});
