import { describe, expect, it } from 'vitest';
import { parsePrintRequest, parseReportReady, pdfFileName, reportPathOf, reportRoute } from '../../electron/backend/ipc/print-request';
import { reportPaths } from '../../renderer/reports/paths';

describe('print requests from the renderer', () => {
  it('accepts printing and saving a report route as PDF', () => {
    expect(parsePrintRequest({ mode: 'print', path: '/print/student/12' })).toEqual({ mode: 'print', path: '/print/student/12' });
    expect(parsePrintRequest({ mode: 'pdf', path: '/print/roster?classId=3', fileName: '2025年秋季学期名单' })).toEqual({
      mode: 'pdf',
      path: '/print/roster?classId=3',
      fileName: '2025年秋季学期名单',
    });
  });

  it.each([
    null,
    'print',
    {},
    { mode: 'fax', path: '/print/roster' },
    { mode: 'print' },
    { mode: 'print', path: '/students' },
    { mode: 'print', path: '/print/student/0' },
    { mode: 'print', path: '/print/student/12/../../settings' },
    { mode: 'print', path: 'https://example.com/print/roster' },
    { mode: 'print', path: '/print/roster#/settings' },
    { mode: 'print', path: `/print/roster?q=${'x'.repeat(3000)}` },
    { mode: 'pdf', path: '/print/roster', fileName: 3 },
  ])('refuses %j', (raw) => expect(parsePrintRequest(raw)).toBeNull());

  it('prints the roster landscape and the registration form portrait, as the renderer builds their routes', () => {
    expect(reportRoute(reportPaths.roster({ classId: 3, status: 'enrolled', q: '黄 小明' }, ['gender', 'idNumber'], true))).toEqual({ landscape: true });
    expect(reportRoute(reportPaths.student(1136, false))).toEqual({ landscape: false });
    expect(reportRoute(reportPaths.student(1136, true))).toEqual({ landscape: false });
  });

  it('prints the monthly check-in summary landscape', () => {
    expect(reportRoute(reportPaths.checkinSummary('2026-10'))).toEqual({ landscape: true });
  });

  it("prints a batch's 发放表, 汇总表 and 公示名单 portrait", () => {
    for (const path of [reportPaths.allowanceSheet(7), reportPaths.allowanceSummary(7), reportPaths.allowanceNotice(7)]) expect(reportRoute(path)).toEqual({ landscape: false });
    expect(reportRoute('/print/allowance-sheet/0')).toBeNull();
    expect(reportRoute('/print/allowance-bank/7')).toBeNull();
  });

  it("prints a student's or a class's 个人档案 portrait", () => {
    expect(reportRoute(reportPaths.dossier({ ids: [12] }))).toEqual({ landscape: false });
    expect(reportRoute(reportPaths.dossier({ ids: Array.from({ length: 60 }, (_, i) => 100_000 + i) }))).toEqual({ landscape: false });
    expect(reportRoute(reportPaths.dossier({ classId: 7 }))).toEqual({ landscape: false });
    expect(reportRoute('/print/dossier/7')).toBeNull();
  });

  it("finds the report a window shows from its address (the menu's Print)", () => {
    const index = 'file:///C:/Program%20Files/%E5%B8%AE%E6%89%B6/resources/app.asar/dist/renderer/index.html';
    expect(reportPathOf(`${index}#/print/roster?classId=3&columns=gender`)).toBe('/print/roster?classId=3&columns=gender');
    expect(reportPathOf(`${index}#/students?classId=3`)).toBeNull();
    expect(reportPathOf(index)).toBeNull();
    expect(reportPathOf('not a url')).toBeNull();
  });

  it('takes anything but a plain "drawn" from a report page as a failure', () => {
    expect(parseReportReady({ ok: true })).toEqual({ ok: true });
    expect(parseReportReady({ ok: false, message: '找不到该学生' })).toEqual({ ok: false, message: '找不到该学生' });
    expect(parseReportReady('yes')).toEqual({ ok: false, message: '' });
    expect(parseReportReady({ ok: 'true' })).toEqual({ ok: false, message: '' });
  });

  it('offers a file name Windows accepts, ending in .pdf', () => {
    expect(pdfFileName('2025-09 补助发放表')).toBe('2025-09 补助发放表.pdf');
    expect(pdfFileName('名单.PDF')).toBe('名单.pdf');
    expect(pdfFileName('..\\..\\Windows/system32:名单?')).toBe('_.._Windows_system32_名单_.pdf');
    expect(pdfFileName('  . ')).toBe('帮扶生管理系统.pdf');
    expect(pdfFileName(undefined)).toBe('帮扶生管理系统.pdf');
  });
});
