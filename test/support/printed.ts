import path from 'node:path';
import type { Page } from 'playwright-core';
import { pdfOptions } from '../../electron/backend/ipc/print-request';
import { SHOTS } from './demo-app';
import { pdfToPngs } from './pdf';

/**
 * Once the report on `page` says it is drawn: a screenshot of its preview, the PDF as the desktop
 * app's main process would save it (with how long page.pdf() took), and its pages as PNGs to look at.
 */
export async function printReport(page: Page, name: string, { landscape, dpi = 60 }: { landscape: boolean; dpi?: number }): Promise<{ file: string; ms: number }> {
  // A class's dossiers or a long sheet take a while to draw on a busy machine.
  await page.locator('html[data-report="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
  await page.screenshot({ path: path.join(SHOTS, `${name}-preview-1366.png`) });
  const { pageSize: format, printBackground, preferCSSPageSize } = pdfOptions(landscape);
  const file = path.join(SHOTS, `${name}.pdf`);
  const started = performance.now();
  await page.pdf({ path: file, format, landscape, printBackground, preferCSSPageSize });
  const ms = performance.now() - started;
  pdfToPngs(file, path.join(SHOTS, name), dpi);
  return { file, ms };
}
