import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRINT_COLUMNS } from '../../renderer/reports/paths';
import { HttpClient } from '../support/api';
import { launchBrowser } from '../support/browser';
import { makeIdNumber } from '../support/fixtures';
import { pdfFonts, pdfInfo, pdfPages, squeeze } from '../support/pdf';
import { printReport } from '../support/printed';
import { RENDERER_DIR, startTestServer, type TestServer } from '../support/server';

/**
 * The A4 reports in Chromium: the 花名册 of 120 students in 3 classes and one 学生信息登记表,
 * opened from their buttons, printed with page.pdf() (the call Electron's printToPDF makes, with
 * the options main uses), and read back as text (pdftotext, pdfinfo) and as pictures (pdftoppm,
 * in test-results/).
 */
const SHOTS = path.resolve(__dirname, '../../test-results');
const SCHOOL = '深圳鹏城技师学院';
const SURNAMES = [...'黄韦李陆覃农梁蒙罗潘莫谭卢廖何周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许吕施张孔曹严华金魏陶'];
const CLASSES = [
  { name: '24汽修1班', given: '小明' },
  { name: '24汽修2班', given: '丽华' },
  { name: '24电工1班', given: '志强' },
];
const PER_CLASS = 40;

let server: TestServer;
let browser: Browser;
const classIds: number[] = [];
const students: { id: number; name: string; idNumber: string }[] = [];
const masked = (id: string) => `${id.slice(0, 4)}${'*'.repeat(10)}${id.slice(-4)}`;

/** An account as its owner left it after the first sign-in (their own password chosen). */
async function addUser(admin: HttpClient, username: string, role: 'office' | 'viewer', displayName: string) {
  await admin.call('users.create', { username, displayName, role, password: `initial-${username}` });
  const user = new HttpClient(server.url);
  await user.call('auth.login', { username, password: `initial-${username}` });
  await user.call('auth.changePassword', { currentPassword: `initial-${username}`, newPassword: `password-${username}` });
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  server = await startTestServer();
  const admin = new HttpClient(server.url);
  await admin.call('auth.setup', { username: 'admin', displayName: '张主任', password: 'admin-pass-1', schoolName: SCHOOL });
  await addUser(admin, 'office', 'office', '帮扶办李老师');
  await addUser(admin, 'lead', 'viewer', '领导');
  const project = await admin.call('projects.create', {
    name: '广西百色',
    partnerProvince: '广西',
    partnerCity: '百色',
    partnerCounty: '田东县',
    partnerSchool: '田东职业技术学校',
    agreementDate: '2017-06-01',
    model: 'full_time',
    notes: '',
  });
  const cohort = await admin.call('cohorts.create', { projectId: project.id, intakeYear: 2024, name: '2024级', plannedSize: 120 });
  const major = await admin.call('majors.create', { name: '汽车维修', code: 'QX' });
  let seq = 1;
  for (const klass of CLASSES) {
    const { id: classId } = await admin.call('classes.create', { name: klass.name, majorId: major.id, cohortId: cohort.id, headTeacherId: null });
    classIds.push(classId);
    for (const surname of SURNAMES.slice(0, PER_CLASS)) {
      const idNumber = makeIdNumber('451022', '20080315', seq++);
      const name = `${surname}${klass.given}`;
      const created = await admin.call('students.create', {
        name,
        studentNo: `24${String(seq).padStart(4, '0')}`,
        gender: Number(idNumber[16]) % 2 === 1 ? 'M' : 'F',
        ethnicity: '壮族',
        idNumber,
        birthDate: '2008-03-15',
        phone: '13800138000',
        homeProvince: '广西',
        homeCity: '百色',
        homeCounty: '田东县',
        homeTown: '平马镇',
        homeVillage: '那王村',
        povertyStatus: 'registered',
        guardianName: `${surname}大山`,
        guardianRelation: '父亲',
        guardianPhone: '13900139000',
        priorEducation: 'junior',
        projectId: project.id,
        cohortId: cohort.id,
        majorId: major.id,
        level: 'intermediate',
        classId,
        enrolmentDate: '2024-09-01',
        expectedGraduation: '2027-07',
        counsellorId: null,
        dormitory: true,
        bankName: '中国农业银行',
        bankAccount: `62284800${String(seq).padStart(11, '0')}`,
        notes: '',
      });
      students.push({ id: created.id, name, idNumber });
    }
  }
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function signIn(username: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  page.setDefaultTimeout(15_000);
  await page.goto(server.url);
  await page.locator('[name="username"]').fill(username);
  await page.locator('[name="password"]').fill(`password-${username}`);
  await page.locator('[name="password"]').press('Enter');
  await page.locator('nav').waitFor();
  return page;
}

/** The register's 打印花名册 → its dialog → 打印预览. */
async function previewRoster(page: Page, { wholeIds = false, shot = '' } = {}) {
  await page.getByTestId('print-roster').click();
  if (wholeIds) await page.getByTestId('roster-whole-ids').click();
  if (shot) await page.screenshot({ path: path.join(SHOTS, shot), animations: 'disabled' });
  await page.getByTestId('print-preview').click();
  await page.waitForURL(/#\/print\/roster\?/);
}

describe('the 花名册 (class roster)', () => {
  let office: Page;
  beforeAll(async () => {
    office = await signIn('office');
  });

  it('prints the register landscape, class by class, with the page count and the header on every page', async () => {
    await office.goto(`${server.url}#/students`);
    await expect.poll(() => office.getByTestId('student-total').textContent()).toBe('共 120 名学生');
    await previewRoster(office, { shot: 'reports-roster-dialog-1366.png' });
    const { file } = await printReport(office, 'reports-roster', { landscape: true });

    const info = pdfInfo(file);
    expect([info.width, info.height].map(Math.round)).toEqual([842, 595]);
    expect(info.pages).toBeGreaterThan(2);
    const pages = pdfPages(file);
    const all = squeeze(pages.join('\n'));
    expect(all).toContain(SCHOOL);
    expect(all).toContain('花名册');
    for (const klass of CLASSES) expect(all).toContain(`${klass.name}（${PER_CLASS}人）`);
    for (const student of students) expect(all).toContain(student.name);
    expect(all).toContain('合计：3个班级，120名学生');
    // Masked unless asked for: the first and last four, never the whole number.
    expect(all).toContain(masked(students[0].idNumber));
    expect(students.some((s) => all.includes(s.idNumber))).toBe(false);
    // The toolbar is the screen's, not the paper's.
    expect(all).not.toContain('返回');

    pages.forEach((text, i) => {
      const page = squeeze(text);
      expect(page, `page ${i + 1}`).toContain(`第${i + 1}页共${info.pages}页`);
      expect(page, `page ${i + 1}`).toContain('制表人：帮扶办李老师');
      expect(page, `page ${i + 1}`).toMatch(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/);
      // The column headers repeat at the top of every page, with the class they belong to.
      expect(page, `page ${i + 1}`).toMatch(/\d{2}(汽修|电工)\d班（40人）序号姓名学号性别民族身份证号联系电话籍贯学籍状态备注/);
    });
    // Pages after the first carry the school and title in the top margin instead of the heading.
    expect(squeeze(pages[1])).toContain(`${SCHOOL}·花名册`);

    // Chinese is real text in embedded fonts, not pictures of it.
    expect(pdfFonts(file).every((f) => f.embedded && f.unicode)).toBe(true);
  });

  it('prints whole 身份证号 when the office asks, with a warning on the paper, and logs it', async () => {
    await office.goto(`${server.url}#/students`);
    await previewRoster(office, { wholeIds: true });
    const all = squeeze(pdfPages((await printReport(office, 'reports-roster-whole-ids', { landscape: true })).file).join('\n'));
    for (const student of students) expect(all).toContain(student.idNumber);
    expect(all).toContain('本表含完整身份证号');

    const admin = new HttpClient(server.url);
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const prints = (await admin.call('audit.list', { entity: 'student', pageSize: 200 })).rows.filter((r) => r.action === 'print');
    expect(prints[0]).toMatchObject({ userName: '帮扶办李老师', after: { report: 'roster', wholeIds: true, count: 120 } });
    expect(prints[1]).toMatchObject({ after: { wholeIds: false, count: 120 } });
  });

  it('prints only what the list shows: one class, named in the subtitle', async () => {
    await office.goto(`${server.url}#/students?classId=${classIds[1]}`);
    await expect.poll(() => office.getByTestId('student-total').textContent()).toBe('共 40 名学生');
    await previewRoster(office);
    const { file } = await printReport(office, 'reports-roster-one-class', { landscape: true });
    const all = squeeze(pdfPages(file).join('\n'));
    expect(all).toContain('筛选：24汽修2班');
    expect(all).toContain('24汽修2班（40人）');
    expect(all).not.toContain('24汽修1班');
    expect(all).toContain('合计：1个班级，40名学生');
  });

  it('goes back to the list it came from', async () => {
    await office.getByTestId('report-back').click();
    await office.waitForURL(new RegExp(`#/students\\?classId=${classIds[1]}$`));
  });

  it('gives a leader masked numbers even when the address asks for whole ones (the backend decides); every column fits across', async () => {
    const lead = await signIn('lead');
    await lead.goto(`${server.url}#/print/roster?columns=${PRINT_COLUMNS.join(',')}&wholeIds=1`);
    const all = squeeze(pdfPages((await printReport(lead, 'reports-roster-viewer', { landscape: true })).file).join('\n'));
    expect(all).toContain(masked(students[5].idNumber));
    expect(students.some((s) => all.includes(s.idNumber))).toBe(false);
    expect(all).toContain('2008年');
    expect(all).not.toContain('2008-03-15');
    expect(all).not.toContain('本表含完整身份证号');
    await lead.close();
  });
});

describe('the 学生信息登记表 (registration form)', () => {
  it("fits one student on one A4 page, portrait, opened from the student's page", async () => {
    const office = await signIn('office');
    const student = students[7];
    await office.goto(`${server.url}#/students/${student.id}`);
    await office.getByTestId('print-register').click();
    await office.screenshot({ path: path.join(SHOTS, 'reports-register-dialog-1366.png'), animations: 'disabled' });
    await office.getByTestId('print-preview').click();
    await office.waitForURL(new RegExp(`#/print/student/${student.id}$`));
    const { file } = await printReport(office, 'reports-register', { landscape: false });

    const info = pdfInfo(file);
    expect(info.pages).toBe(1);
    expect([info.width, info.height].map(Math.round)).toEqual([595, 842]);
    const text = squeeze(pdfPages(file)[0]);
    for (const expected of [SCHOOL, '学生信息登记表', student.name, '壮族', '田东县', '那王村', '建档立卡', '24汽修1班', '在读（2024-09-01起）', '照片', '学生签名：']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(masked(student.idNumber));
    expect(text).not.toContain(student.idNumber);
    expect(text).toContain('第1页共1页');
    expect(text).toContain('制表人：帮扶办李老师');
  });

  it('shows whole numbers on the form only when asked', async () => {
    const office = await signIn('office');
    const student = students[8];
    await office.goto(`${server.url}#/students/${student.id}`);
    await office.getByTestId('print-register').click();
    await office.getByTestId('register-whole-ids').click();
    await office.getByTestId('print-preview').click();
    await office.waitForURL(new RegExp(`#/print/student/${student.id}\\?wholeIds=1$`));
    const text = squeeze(pdfPages((await printReport(office, 'reports-register-whole', { landscape: false })).file)[0]);
    expect(text).toContain(student.idNumber);
  });
});
