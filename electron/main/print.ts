import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog, type WebPreferences } from 'electron';
import type { PrintMode, PrintOutcome, PrintRequest, ReportReady } from '../backend/ipc/bridge';
import { parsePrintRequest, parseReportReady, pdfFileName, pdfOptions, printOptions, reportPathOf, reportRoute } from '../backend/ipc/print-request';
import type { MainStrings } from './strings';

/** How long a report may take to load its data and draw before printing is given up. */
const DRAW_TIMEOUT_MS = 60_000;

export interface ReportPrinterOptions {
  /** the renderer's index.html: report routes are its hash routes */
  indexFile: string;
  /** the app window's settings (preload, sandbox…): the hidden window is the same app page */
  webPreferences: WebPreferences;
  /** the IPC transport's sessions: the hidden window calls the backend as the window that asked */
  sessions: { share(fromSenderId: number, toSenderId: number): void; forget(senderId: number): void };
  /** the native texts, in the language known once the app is ready */
  text: () => MainStrings;
}

export interface ReportPrinter {
  /** A window's request to print or save a report route (raw from IPC: checked here). */
  print(owner: BrowserWindow | null, raw: unknown): Promise<PrintOutcome>;
  /** A report page's word that it is drawn; only a hidden window waiting for it is listening. */
  ready(senderId: number, raw: unknown): void;
  /** The menu's Print / Save as PDF: the report the window shows, or a word on where to print from. */
  fromMenu(win: BrowserWindow, mode: PrintMode): Promise<void>;
}

/**
 * Reports are printed from a hidden window of their own rather than from the window the user
 * works in: that one shows the app (navigation, dialogs), and the print dialog would block it. The
 * hidden window loads the report route with the asking window's session, waits for the page to
 * say it is drawn (its data loaded, fonts ready), then prints it or saves it as a PDF, and closes.
 */
export function createReportPrinter({ indexFile, webPreferences, sessions, text }: ReportPrinterOptions): ReportPrinter {
  const waiting = new Map<number, (ready: ReportReady) => void>();

  /** Loads the route and resolves once the page says it is drawn, failed to load, or took too long. */
  function draw(win: BrowserWindow, route: string): Promise<ReportReady> {
    return new Promise((resolve) => {
      const id = win.webContents.id;
      const timer = setTimeout(() => finish({ ok: false, message: text().reportTimeout }), DRAW_TIMEOUT_MS);
      function finish(ready: ReportReady) {
        clearTimeout(timer);
        waiting.delete(id);
        resolve(ready);
      }
      waiting.set(id, finish);
      win.webContents.once('render-process-gone', (_event, details) => finish({ ok: false, message: details.reason }));
      win.loadFile(indexFile, { hash: route }).catch((e: Error) => finish({ ok: false, message: e.message }));
    });
  }

  async function print(owner: BrowserWindow | null, raw: unknown): Promise<PrintOutcome> {
    const request = parsePrintRequest(raw);
    if (!owner || !request) return { ok: false, reason: 'failed', message: 'invalid print request' };
    const { landscape } = reportRoute(request.path)!;
    // The file is chosen first: a user who cancels has waited for nothing, and no data was read.
    const file = request.mode === 'pdf' ? await choosePdfFile(owner, request) : undefined;
    if (file === null) return { ok: false, reason: 'cancelled' };

    const win = new BrowserWindow({ show: false, webPreferences: { ...webPreferences, backgroundThrottling: false } });
    const id = win.webContents.id;
    sessions.share(owner.webContents.id, id);
    try {
      const drawn = await draw(win, request.path);
      if (!drawn.ok) return { ok: false, reason: 'failed', message: drawn.message };
      return file ? await savePdf(win, file, landscape) : await printOnPaper(win, landscape);
    } finally {
      sessions.forget(id);
      win.destroy();
    }
  }

  async function choosePdfFile(owner: BrowserWindow, request: PrintRequest): Promise<string | null> {
    const choice = await dialog.showSaveDialog(owner, {
      title: text().pdfTitle,
      defaultPath: path.join(app.getPath('documents'), pdfFileName(request.fileName)),
      filters: [{ name: text().pdfFilter, extensions: ['pdf'] }],
    });
    return choice.canceled || !choice.filePath ? null : choice.filePath;
  }

  return {
    print,
    ready(senderId, raw) {
      waiting.get(senderId)?.(parseReportReady(raw));
    },
    async fromMenu(win, mode) {
      const route = reportPathOf(win.webContents.getURL());
      if (!route) {
        await dialog.showMessageBox(win, { type: 'info', title: text().print, message: text().printWhat, detail: text().printWhatDetail });
        return;
      }
      const outcome = await print(win, { mode, path: route });
      if (!outcome.ok && outcome.reason === 'failed') dialog.showErrorBox(text().printFailed, outcome.message ?? '');
    },
  };
}

function printOnPaper(win: BrowserWindow, landscape: boolean): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    win.webContents.print(printOptions(landscape), (success, failureReason) => {
      if (success) resolve({ ok: true });
      else if (failureReason === 'cancelled') resolve({ ok: false, reason: 'cancelled' });
      else resolve({ ok: false, reason: 'failed', message: failureReason });
    });
  });
}

async function savePdf(win: BrowserWindow, file: string, landscape: boolean): Promise<PrintOutcome> {
  try {
    await fs.writeFile(file, await win.webContents.printToPDF(pdfOptions(landscape)));
    return { ok: true, file };
  } catch (e) {
    return { ok: false, reason: 'failed', message: (e as Error).message };
  }
}
