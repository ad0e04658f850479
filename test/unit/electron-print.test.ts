/**
 * Printing reports from the desktop app's main process, run in plain Node against a stand-in for
 * the electron module (this machine has no Electron binary). What Chromium then draws is checked
 * by test/e2e/reports.test.ts with the same PDF options.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PrintOutcome } from '../../electron/backend/ipc/bridge';
import { mainStrings } from '../../electron/main/strings';
import { tempDir } from '../support/temp';

const electron = vi.hoisted(() => {
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  let nextId = 1;
  class FakeContents extends EventEmitter {
    readonly id = nextId++;
    url = '';
    printed: { options: unknown; done: (success: boolean, reason: string) => void } | null = null;
    pdfOptions: unknown = null;
    getURL() {
      return this.url;
    }
    print(options: unknown, done: (success: boolean, reason: string) => void) {
      this.printed = { options, done };
    }
    printToPDF(options: unknown) {
      this.pdfOptions = options;
      return Promise.resolve(Buffer.from('%PDF-1.4 report'));
    }
  }
  class FakeWindow {
    static all: FakeWindow[] = [];
    readonly webContents = new FakeContents();
    loaded: { file: string; hash?: string } | null = null;
    destroyed = false;
    constructor(readonly options: Record<string, unknown>) {
      FakeWindow.all.push(this);
    }
    loadFile(file: string, options: { hash?: string } = {}) {
      this.loaded = { file, hash: options.hash };
      return Promise.resolve();
    }
    destroy() {
      this.destroyed = true;
    }
  }
  const module = {
    app: { getPath: () => '/home/office/Documents' },
    BrowserWindow: FakeWindow,
    dialog: {
      showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true })),
      showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0 })),
      showErrorBox: vi.fn(),
    },
  };
  return { FakeWindow, FakeContents, module };
});
vi.mock('electron', () => electron.module);

const { FakeWindow, module: fake } = electron;
const { createReportPrinter } = await import('../../electron/main/print');

const PREFERENCES = { preload: '/app/dist/electron/preload.js', contextIsolation: true, nodeIntegration: false, sandbox: true, webSecurity: true };
const ROSTER = '/print/roster?classId=3&columns=gender,idNumber&wholeIds=1';

let sessions: { share: ReturnType<typeof vi.fn<(from: number, to: number) => void>>; forget: ReturnType<typeof vi.fn<(id: number) => void>> };
let printer: ReturnType<typeof createReportPrinter>;
let owner: InstanceType<typeof FakeWindow>;

beforeEach(() => {
  vi.clearAllMocks();
  FakeWindow.all = [];
  sessions = { share: vi.fn(), forget: vi.fn() };
  printer = createReportPrinter({ indexFile: '/app/dist/renderer/index.html', webPreferences: PREFERENCES, sessions, text: () => mainStrings('zh-CN') });
  owner = new FakeWindow({});
});

/** The hidden window a print opened (the second window: the first is the one asking). */
async function hiddenWindow() {
  await vi.waitFor(() => expect(FakeWindow.all[1]?.loaded).toBeTruthy());
  return FakeWindow.all[1];
}

describe('printing a report from the desktop app', () => {
  it('draws the route in a hidden, locked-down window with the asking window’s session, prints it landscape, then closes it', async () => {
    const outcome = printer.print(owner as never, { mode: 'print', path: ROSTER });
    const hidden = await hiddenWindow();
    expect(hidden.options).toMatchObject({ show: false, webPreferences: { ...PREFERENCES, backgroundThrottling: false } });
    expect(hidden.loaded).toEqual({ file: '/app/dist/renderer/index.html', hash: ROSTER });
    expect(sessions.share).toHaveBeenCalledWith(owner.webContents.id, hidden.webContents.id);

    // Nothing is printed before the page says it is drawn; a word from another page does not count.
    printer.ready(owner.webContents.id, { ok: true });
    await new Promise((resolve) => setImmediate(resolve));
    expect(hidden.webContents.printed).toBeNull();
    printer.ready(hidden.webContents.id, { ok: true });
    await vi.waitFor(() => expect(hidden.webContents.printed).not.toBeNull());
    expect(hidden.webContents.printed?.options).toEqual({ silent: false, printBackground: true, landscape: true, pageSize: 'A4' });

    hidden.webContents.printed?.done(true, '');
    expect(await outcome).toEqual({ ok: true });
    expect(hidden.destroyed).toBe(true);
    expect(sessions.forget).toHaveBeenCalledWith(hidden.webContents.id);
  });

  it('says so when the user cancels the print dialog', async () => {
    const outcome = printer.print(owner as never, { mode: 'print', path: '/print/student/7' });
    const hidden = await hiddenWindow();
    printer.ready(hidden.webContents.id, { ok: true });
    await vi.waitFor(() => expect(hidden.webContents.printed).not.toBeNull());
    expect(hidden.webContents.printed?.options).toMatchObject({ landscape: false });
    hidden.webContents.printed?.done(false, 'cancelled');
    expect(await outcome).toEqual({ ok: false, reason: 'cancelled' });
    expect(hidden.destroyed).toBe(true);
  });

  it('saves a PDF where the user chose, asking first, with the page’s own page size', async () => {
    const file = path.join(tempDir(), '花名册.pdf');
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: file });
    const outcome = printer.print(owner as never, { mode: 'pdf', path: ROSTER, fileName: '24汽修1班/花名册' });
    const hidden = await hiddenWindow();
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(owner, expect.objectContaining({ defaultPath: path.join('/home/office/Documents', '24汽修1班_花名册.pdf') }));
    printer.ready(hidden.webContents.id, { ok: true });
    expect(await outcome).toEqual({ ok: true, file });
    expect(hidden.webContents.pdfOptions).toEqual({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
    expect(fs.readFileSync(file, 'utf8')).toBe('%PDF-1.4 report');
    expect(hidden.destroyed).toBe(true);
  });

  it('opens nothing (and reads no data) when the save dialog is cancelled', async () => {
    expect(await printer.print(owner as never, { mode: 'pdf', path: ROSTER })).toEqual({ ok: false, reason: 'cancelled' });
    expect(FakeWindow.all).toHaveLength(1);
    expect(sessions.share).not.toHaveBeenCalled();
  });

  it('passes on why the page could not be drawn, and prints nothing', async () => {
    const outcome = printer.print(owner as never, { mode: 'print', path: '/print/student/7' });
    const hidden = await hiddenWindow();
    printer.ready(hidden.webContents.id, { ok: false, message: '找不到该学生' });
    expect(await outcome).toEqual<PrintOutcome>({ ok: false, reason: 'failed', message: '找不到该学生' });
    expect(hidden.webContents.printed).toBeNull();
    expect(hidden.destroyed).toBe(true);
  });

  it.each([{ mode: 'print', path: '/settings/users' }, { mode: 'print', path: 'file:///C:/Windows/win.ini' }, { mode: 'print' }, null])(
    'refuses %j without opening a window',
    async (raw) => {
      expect(await printer.print(owner as never, raw)).toMatchObject({ ok: false, reason: 'failed' });
      expect(FakeWindow.all).toHaveLength(1);
    },
  );

  it("prints from the menu the report the window shows, and otherwise says where reports are printed from", async () => {
    owner.webContents.url = 'file:///app/dist/renderer/index.html#/students?classId=3';
    await printer.fromMenu(owner as never, 'print');
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(owner, expect.objectContaining({ message: '这一页不是报表' }));
    expect(FakeWindow.all).toHaveLength(1);

    owner.webContents.url = `file:///app/dist/renderer/index.html#${ROSTER}`;
    const done = printer.fromMenu(owner as never, 'print');
    const hidden = await hiddenWindow();
    expect(hidden.loaded?.hash).toBe(ROSTER);
    printer.ready(hidden.webContents.id, { ok: false, message: '网络错误' });
    await done;
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('打印失败', '网络错误');
  });
});
