import fs from 'node:fs/promises';
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { PrintOutcome, PrintRequest } from '../backend/ipc/bridge';
import { pdfFileName } from '../backend/ipc/print-request';
import type { MainStrings } from './strings';

/** Prints what the window shows (reports style themselves with print CSS). */
export async function printWindow(win: BrowserWindow, request: PrintRequest, text: MainStrings): Promise<PrintOutcome> {
  return request.mode === 'print' ? printOnPaper(win, request.landscape) : saveAsPdf(win, text, request.landscape, request.fileName);
}

function printOnPaper(win: BrowserWindow, landscape = false): Promise<PrintOutcome> {
  return new Promise((resolve) => {
    win.webContents.print({ printBackground: true, landscape, pageSize: 'A4' }, (success, failureReason) => {
      if (success) resolve({ ok: true });
      else if (failureReason === 'cancelled') resolve({ ok: false, reason: 'cancelled' });
      else resolve({ ok: false, reason: 'failed', message: failureReason });
    });
  });
}

async function saveAsPdf(win: BrowserWindow, text: MainStrings, landscape = false, fileName?: string): Promise<PrintOutcome> {
  const choice = await dialog.showSaveDialog(win, {
    title: text.pdfTitle,
    defaultPath: path.join(app.getPath('documents'), pdfFileName(fileName)),
    filters: [{ name: text.pdfFilter, extensions: ['pdf'] }],
  });
  if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' };
  try {
    const pdf = await win.webContents.printToPDF({ pageSize: 'A4', printBackground: true, landscape });
    await fs.writeFile(choice.filePath, pdf);
    return { ok: true, file: choice.filePath };
  } catch (e) {
    return { ok: false, reason: 'failed', message: (e as Error).message };
  }
}
