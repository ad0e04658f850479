import { describe, expect, it } from 'vitest';
import { parsePrintRequest, pdfFileName } from '../../electron/backend/ipc/print-request';

describe('print requests from the renderer', () => {
  it('accepts printing and saving as PDF', () => {
    expect(parsePrintRequest({ mode: 'print' })).toEqual({ mode: 'print' });
    expect(parsePrintRequest({ mode: 'pdf', landscape: true, fileName: '2025年秋季学期名单' })).toEqual({
      mode: 'pdf',
      landscape: true,
      fileName: '2025年秋季学期名单',
    });
  });

  it.each([null, 'print', {}, { mode: 'fax' }, { mode: 'print', landscape: 'yes' }, { mode: 'pdf', fileName: 3 }])(
    'refuses %j',
    (raw) => expect(parsePrintRequest(raw)).toBeNull(),
  );

  it('offers a file name Windows accepts, ending in .pdf', () => {
    expect(pdfFileName('2025-09 补助发放表')).toBe('2025-09 补助发放表.pdf');
    expect(pdfFileName('名单.PDF')).toBe('名单.pdf');
    expect(pdfFileName('..\\..\\Windows/system32:名单?')).toBe('_.._Windows_system32_名单_.pdf');
    expect(pdfFileName('  . ')).toBe('帮扶生管理系统.pdf');
    expect(pdfFileName(undefined)).toBe('帮扶生管理系统.pdf');
  });
});
