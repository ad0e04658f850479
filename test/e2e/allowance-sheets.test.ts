import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { chinaToday } from '../../electron/contract/dates';
import { amountInWords, formatYuan } from '../../electron/contract/money';
import { sheetPages } from '../../renderer/reports/allowances/sheetPages';
import type { HttpClient } from '../support/api';
import { startDemoApp, type DemoApp } from '../support/demo-app';
import { pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';

/**
 * A batch's printed papers in Chromium on a demo register of about 1,100 students in school: the
 * 发放表 of a month's 生活补贴 with a reversal, reviewed and approved by two other people, printed
 * with page.pdf() as main would and read back page by page (pdftotext) and as pictures (pdftoppm,
 * in test-results/); the 发放汇总表; and the 公示名单 of a 建档立卡家庭补助 batch on notice, which
 * must hold no ID or account number in any form.
 */
let app: DemoApp;
let finance: HttpClient;
const today = chinaToday(new Date());
const day = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;

/** Takes a batch on from draft: finance submits, the office reviews, the administrator approves. */
async function approve(id: number) {
  const office = await app.api('office');
  const admin = await app.api('admin');
  const step = async (who: HttpClient, action: 'submit' | 'review' | 'approve') =>
    who.call('allowances.forward', { id, version: (await finance.call('allowances.batch', { id })).version, action, note: '' });
  await step(finance, 'submit');
  await step(office, 'review');
  await step(admin, 'approve');
}

beforeAll(async () => {
  // About 3,200 students over the programme's years leave some 1,100 in school in November 2026.
  app = await startDemoApp({ demo: { students: 3200, seed: 7, asOf: '2026-11-30', checkins: false } });
  finance = await app.api('finance');
}, 300_000);
afterAll(async () => app?.close());

/** The report at `route` once drawn, saved as main would save it; its pages as PNGs in test-results/. */
async function printed(route: string, name: string): Promise<{ file: string; ms: number }> {
  const page: Page = await app.signIn('finance');
  page.setDefaultTimeout(60_000);
  await page.goto(`${app.server.url}#${route}`);
  const done = await printReport(page, name, { landscape: false, dpi: 50 });
  await page.close();
  return done;
}

describe('the 发放表 of a month for everyone in school', () => {
  let batchId: number;
  beforeAll(async () => {
    const living = (await finance.call('allowances.policies', {})).find((p) => p.name === '生活补贴')!;
    const october = await finance.call('allowances.createBatch', { policyId: living.id, period: '2026-10', notes: '' });
    await approve(october.id);
    const { version } = await finance.call('allowances.batch', { id: october.id });
    await finance.call('allowances.markPaid', { id: october.id, version, paidOn: today, bankRef: 'NH20261130' });
    const paidLine = (await finance.call('allowances.batch', { id: october.id })).lines[3];
    const november = await finance.call('allowances.createBatch', { policyId: living.id, period: '2026-11', notes: '' });
    const reversal = { batchId: november.id, version: november.version, lineId: paidLine.id, amountFen: 10_000, reason: '10月病假多发' };
    await finance.call('allowances.addReversal', reversal);
    await approve(november.id);
    batchId = november.id;
  }, 120_000);

  it('prints fixed pages that each end on their subtotal, the total in figures and in capitals, and who signed', async () => {
    const sheet = await finance.call('allowances.sheet', { id: batchId });
    expect(sheet.lineCount).toBeGreaterThan(1000);
    const { file, ms } = await printed(`/print/allowance-sheet/${batchId}`, 'allowance-sheet');
    const plan = sheetPages(sheet.lines);
    const info = pdfInfo(file);
    console.log(`发放表: ${sheet.lineCount} lines on ${info.pages} pages, page.pdf() ${Math.round(ms)} ms`);
    expect([info.width, info.height].map(Math.round)).toEqual([595, 842]);
    // As many pages as planned: no page ran over onto another.
    expect(info.pages).toBe(plan.length);

    const pages = pdfPages(file).map(squeeze);
    pages.forEach((text, i) => {
      const lines = plan[i];
      expect(text, `page ${i + 1}`).toContain(`第${i + 1}页共${info.pages}页`);
      expect(text, `page ${i + 1}`).toContain('序号姓名班级身份证号银行账号金额（元）签名备注');
      expect(text, `page ${i + 1}`).toContain(`本页小计（${lines.length}笔）${formatYuan(lines.reduce((sum, l) => sum + l.amountFen, 0))}`);
      // Every line planned for the page is on it, masked, and no whole number is anywhere.
      expect(text.match(/\d{4}\*{10}[\dX]{4}/g)?.length, `page ${i + 1}`).toBe(lines.length);
      expect(text, `page ${i + 1}`).not.toMatch(/\d{17}[\dX]/);
      expect(text, `page ${i + 1}`).toContain('制表人：');
    });
    expect(pages[0]).toContain(`生活补贴发放表`);
    expect(pages[0]).toContain(`资助项目：生活补贴期间：2026年11月批次号：${sheet.batchNo}`);
    expect(pages[1]).toContain('·生活补贴发放表');

    const last = pages.at(-1)!;
    expect(last).toContain(`合计（共${sheet.lineCount}笔）¥${formatYuan(sheet.totalFen)}`);
    expect(last).toContain(`合计（大写）：人民币${amountInWords(sheet.totalFen)}`);
    const { preparedBy, reviewedBy, approvedBy } = sheet.signers;
    expect(last).toContain(`制表人：${preparedBy}审核人：${reviewedBy}负责人：${approvedBy}日期：${day(today)}`);
    const all = pages.join('');
    // The reversal: negative, and its note (on two lines, which pdftotext reads apart) whole.
    expect(all).toContain(`-100.00冲减${sheet.lines.find((l) => l.reverses)!.reverses}：10月`);
    expect(all).toContain('病假多发');
    expect(pages.slice(0, -1).some((p) => p.includes('合计（共'))).toBe(false);
  });

  it('prints the 发放汇总表: the classes, their students and amounts, and the total in capitals', async () => {
    const summary = await finance.call('allowances.sheetSummary', { id: batchId });
    const { file } = await printed(`/print/allowance-summary/${batchId}`, 'allowance-summary');
    const all = squeeze(pdfPages(file).join(''));
    expect(all).toContain('生活补贴发放汇总表');
    for (const c of summary.classes) expect(all).toContain(`${c.className}${c.students}${formatYuan(c.totalFen)}`);
    const students = summary.classes.reduce((n, c) => n + c.students, 0);
    expect(all).toContain(`合计${students}¥${formatYuan(summary.totalFen)}`);
    expect(all).toContain(`合计（大写）：人民币${amountInWords(summary.totalFen)}`);
    expect(all).toContain(`负责人：${summary.signers.approvedBy}`);
  });
});

describe('a 建档立卡家庭补助 batch on notice', () => {
  let made: { id: number };
  beforeAll(async () => {
    const family = (await finance.call('allowances.policies', {})).find((p) => p.name === '建档立卡家庭补助')!;
    const draft = await finance.call('allowances.createBatch', { policyId: family.id, period: '2026', notes: '' });
    await finance.call('allowances.forward', { id: draft.id, version: draft.version, action: 'submit', note: '' });
    const { version } = await finance.call('allowances.batch', { id: draft.id });
    await (await app.api('office')).call('allowances.postNotice', { id: draft.id, version, from: today });
    made = draft;
  });

  it('prints its 发放表 before approval for checking only, on the planned pages all the same', async () => {
    const sheet = await finance.call('allowances.sheet', { id: made.id });
    const { file } = await printed(`/print/allowance-sheet/${made.id}`, 'allowance-sheet-unapproved');
    expect(pdfInfo(file).pages).toBe(sheetPages(sheet.lines).length);
    const pages = pdfPages(file).map(squeeze);
    expect(pages[0]).toContain('批次已提交，尚未审批：本表仅供核对，不作发放依据');
    expect(pages.at(-1)).toContain(`合计（大写）：人民币${amountInWords(sheet.totalFen)}`);
    // Nobody has reviewed or approved it yet: lines to sign on.
    expect(pages.at(-1)).toContain(`制表人：${sheet.signers.preparedBy}审核人：负责人：日期：`);
  });

  it('prints the 公示名单: name, major, year, class and amount with the notice period, and no number of any student', async () => {
    const notice = await finance.call('allowances.notice', { id: made.id });
    expect(notice.lineCount).toBeGreaterThan(100);

    const { file } = await printed(`/print/allowance-notice/${made.id}`, 'allowance-notice');
    const pages = pdfPages(file).map(squeeze);
    const all = pages.join('');
    expect(all).toContain('建档立卡家庭补助拟资助学生名单公示');
    expect(all).toContain('序号姓名专业年级班级金额（元）');
    expect(all).toContain(`拟对以下${notice.lineCount}名学生发放建档立卡家庭补助（2026—2027学年）`);
    for (const l of notice.lines.slice(0, 30)) expect(all).toContain(`${l.name}${l.majorName}${l.cohortName}${l.className}${formatYuan(l.amountFen)}`);
    expect(all).toContain(`合计${notice.lineCount}人¥${formatYuan(notice.totalFen)}`);
    expect(all).toContain(`公示期：${day(notice.noticeFrom!)}至${day(notice.noticeEndsOn!)}（5个工作日）`);
    expect(all).toContain('如有异议，请向学校帮扶办反映');

    // No 身份证号, account or phone, whole or masked: no run of six digits at all, and no stars.
    expect(all).not.toMatch(/\d{6}/);
    expect(all).not.toContain('*');
    const db = new Database(dbFileIn(app.dataDir), { readonly: true });
    try {
      const ids = notice.lines.map((l) => l.id);
      const people = db
        .prepare(
          `SELECT s.id_number AS idNumber, s.bank_account AS account, s.phone FROM allowance_lines l JOIN students s ON s.id = l.student_id
           WHERE l.id IN (${ids.join(',')})`,
        )
        .all() as { idNumber: string; account: string; phone: string }[];
      expect(people).toHaveLength(notice.lineCount);
      for (const p of people) for (const number of [p.idNumber, p.account, p.phone].filter(Boolean)) expect(all).not.toContain(number);
    } finally {
      db.close();
    }
  });
});
