import Database from 'better-sqlite3';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { maskIdNumber } from '../../electron/contract/idcard';
import { SHOTS, startDemoApp, type DemoApp } from '../support/demo-app';
import { pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';

/**
 * The 个人档案 in Chromium on a demo register with ten years of allowances and where its graduates
 * went: a graduate's dossier from their page, then their whole class's from the register filtered
 * to it, printed with page.pdf() as main would and read back as text (pdftotext) and as pictures
 * (pdftoppm, in test-results/).
 */
let app: DemoApp;
let graduate: { id: number; name: string; idNumber: string; bankAccount: string; classId: number; company: string; counsellor: string };

beforeAll(async () => {
  app = await startDemoApp({ demo: { students: 120, seed: 7, asOf: '2026-11-20', allowances: true, placements: true } });
  const db = new Database(dbFileIn(app.dataDir), { readonly: true });
  try {
    // A graduate with every part to show: check-ins, paid allowances, an internship, a placement followed up.
    graduate = db
      .prepare(
        `SELECT s.id, s.name, s.id_number AS idNumber, s.bank_account AS bankAccount, s.class_id AS classId, c.name AS company, u.username AS counsellor
         FROM students s JOIN placements p ON p.student_id = s.id JOIN companies c ON c.id = p.company_id JOIN users u ON u.id = s.counsellor_id
         WHERE s.status = 'graduated' AND s.class_id IS NOT NULL
           AND EXISTS (SELECT 1 FROM internships i WHERE i.student_id = s.id)
           AND EXISTS (SELECT 1 FROM placement_follow_ups f WHERE f.placement_id = p.id)
           AND EXISTS (SELECT 1 FROM checkins k WHERE k.student_id = s.id)
           AND EXISTS (SELECT 1 FROM allowance_lines l WHERE l.student_id = s.id)
         ORDER BY s.id DESC LIMIT 1`,
      )
      .get() as typeof graduate;
  } finally {
    db.close();
  }
}, 300_000);
afterAll(async () => app?.close());

/** Once the report says it is drawn: the PDF as main would save it, and its pages as pictures. */
describe('the 个人档案 (student dossier)', () => {
  it("prints a graduate's whole record from their page, A4 portrait, numbers masked, and logs the print", async () => {
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/students/${graduate.id}`);
    await page.getByTestId('print-dossier').waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'dossier-student-page-1366.png') });
    await page.getByTestId('print-dossier').click();
    await page.getByTestId('print-preview').click();
    await page.waitForURL(new RegExp(`#/print/dossier\\?ids=${graduate.id}$`));
    const { file } = await printReport(page, 'dossier-graduate', { landscape: false, dpi: 80 });

    const info = pdfInfo(file);
    expect([info.width, info.height].map(Math.round)).toEqual([595, 842]);
    const pages = pdfPages(file).map(squeeze);
    const all = pages.join('\n');
    for (const part of ['学生个人档案', graduate.name, '基本信息', '家庭情况', '学籍变动', '毕业', '月度监测', '资助情况', '已发放合计', '实习', '实习走访', '就业去向', graduate.company, '跟踪回访', '3个月']) {
      expect(all).toContain(part);
    }
    expect(all).toMatch(/共记录\d+次：正常\d+次/);
    expect(all).toMatch(/合计(另有办理中¥[\d,]+\.\d\d)?¥[\d,]+\.\d\d¥[\d,]+\.\d\d/);
    expect(all).toContain(maskIdNumber(graduate.idNumber));
    expect(all).not.toContain(graduate.idNumber);
    expect(all).not.toContain(graduate.bankAccount);
    expect(all).toContain(`****${graduate.bankAccount.slice(-4)}`);
    // The first page has the report's heading instead of a running head.
    expect(pages[0].startsWith(`深圳鹏城技师学院学生个人档案${graduate.name}`)).toBe(true);
    pages.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain(`第${i + 1}页共${info.pages}页`);
      expect(text, `page ${i + 1}`).toContain('制表人：');
      if (i > 0) expect(text, `page ${i + 1}`).toContain(`学生个人档案·${graduate.name}`);
    });

    const admin = await app.api('admin');
    const prints = (await admin.call('audit.list', { entity: 'student', entityId: graduate.id })).rows.filter((r) => r.action === 'print');
    expect(prints[0]).toMatchObject({ after: { report: 'dossier', count: 1, studentNames: [graduate.name] } });
    await page.close();
  });

  it('prints a whole class, each student from a new page under their own name, in the register’s order', async () => {
    const office = await app.api('office');
    const klass = await office.call('students.list', { classId: graduate.classId, sort: 'name', dir: 'asc', pageSize: 200 });
    const page = await app.signIn('office');
    await page.goto(`${app.server.url}#/students?classId=${graduate.classId}`);
    await page.getByTestId('print-class-dossiers').click();
    await page.screenshot({ path: path.join(SHOTS, 'dossier-class-dialog-1366.png'), animations: 'disabled' });
    await page.getByTestId('print-preview').click();
    await page.waitForURL(new RegExp(`#/print/dossier\\?classId=${graduate.classId}$`));
    const { file } = await printReport(page, 'dossier-class', { landscape: false, dpi: 80 });

    const pages = pdfPages(file).map(squeeze);
    const names = klass.rows.map((s) => s.name);
    // Each student's heading (name, then project · cohort · major · class) is on one page only, and no page has two.
    const headings = klass.rows.map((s) => squeeze(`${s.name}${[s.projectName, s.cohortName, s.majorName, s.className].filter(Boolean).join(' · ')}`));
    const startsOn = headings.map((h) => pages.findIndex((p) => p.includes(h)));
    expect(startsOn.every((p) => p >= 0)).toBe(true);
    expect(pages.every((p) => headings.filter((h) => p.includes(h)).length <= 1)).toBe(true);
    expect([...startsOn].sort((a, b) => a - b)).toEqual(startsOn);
    // Every page after the first names its student in the running head: the one whose dossier it continues or starts.
    pages.forEach((text, i) => {
      if (i === 0) return;
      const owner = startsOn.filter((p) => p <= i).length - 1;
      expect(text, `page ${i + 1}`).toContain(`学生个人档案·${names[owner]}`);
    });
    console.log(`class of ${names.length}: ${pages.length} pages`);
    await page.close();
  });

  it('gives the class’s counsellor their students’ dossiers without the allowances', async () => {
    const page = await app.signIn(graduate.counsellor);
    await page.goto(`${app.server.url}#/print/dossier?ids=${graduate.id}`);
    await page.locator('html[data-report="ready"]').waitFor({ state: 'attached' });
    const text = squeeze(await page.getByTestId('report').innerText());
    expect(text).toContain('资助金额仅帮扶办、财务和领导可见');
    expect(text).toContain(graduate.company);
    expect(text).not.toContain('已发放合计');
    await page.close();
  });
});
