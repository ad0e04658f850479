import type { PrintToPDFOptions, WebContentsPrintOptions } from 'electron';
import type { PrintRequest, ReportReady } from './bridge';

const DEFAULT_PDF_NAME = '帮扶生管理系统';
/** Characters Windows refuses in a file name, and control characters. */
const UNSAFE_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/g;

/**
 * The report routes main prints (the hash router's part of the URL, without the query), each on
 * the paper it is laid out for. A report added later is one line here and one route in
 * renderer/reports/ReportRoutes.tsx.
 */
const REPORT_ROUTES: readonly { path: RegExp; landscape: boolean }[] = [
  { path: /^\/print\/roster$/, landscape: true },
  { path: /^\/print\/student\/[1-9]\d{0,9}$/, landscape: false },
  { path: /^\/print\/checkin-summary$/, landscape: true },
  { path: /^\/print\/outcomes$/, landscape: true },
  { path: /^\/print\/progress$/, landscape: true },
  { path: /^\/print\/progress-submission\/[1-9]\d{0,9}$/, landscape: true },
  { path: /^\/print\/summary$/, landscape: true },
  { path: /^\/print\/allowance-(sheet|summary|notice)\/[1-9]\d{0,9}$/, landscape: false },
  { path: /^\/print\/dossier$/, landscape: false },
];
/** A roster's filters and columns take a few hundred characters; anything much longer is not the app's. */
const MAX_PATH = 2000;

/** The report a route shows, or null when it is none (main prints nothing else). */
export function reportRoute(path: string): { landscape: boolean } | null {
  // The renderer's URLSearchParams encodes spaces and '#'; a raw one is not a path it built.
  if (path.length > MAX_PATH || /[\s#]/.test(path)) return null;
  const route = REPORT_ROUTES.find((r) => r.path.test(path.split('?', 1)[0]));
  return route ? { landscape: route.landscape } : null;
}

/** The report route a window shows, when it shows one (the menu's Print prints that). */
export function reportPathOf(url: string): string | null {
  try {
    const path = new URL(url).hash.slice(1);
    return reportRoute(path) ? path : null;
  } catch {
    return null;
  }
}

/** A renderer's print request checked field by field (the renderer is not trusted with more). */
export function parsePrintRequest(raw: unknown): PrintRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { mode, path, fileName } = raw as Record<string, unknown>;
  if (mode !== 'print' && mode !== 'pdf') return null;
  if (typeof path !== 'string' || !reportRoute(path)) return null;
  if (fileName !== undefined && typeof fileName !== 'string') return null;
  return fileName === undefined ? { mode, path } : { mode, path, fileName };
}

/** A report page's ready message; anything else is taken as a failure to draw. */
export function parseReportReady(raw: unknown): ReportReady {
  const { ok, message } = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  if (ok === true) return { ok: true };
  return { ok: false, message: typeof message === 'string' ? message.slice(0, 500) : '' };
}

/**
 * The PDF as Chromium lays out the page for print: A4 in the report's orientation, with the
 * page's own @page size and margins (the page numbers and 制表人 lines live in those margins). The
 * end-to-end tests hand the same values to Playwright's page.pdf(), the same Chromium call.
 */
export function pdfOptions(landscape: boolean) {
  return { pageSize: 'A4', landscape, printBackground: true, preferCSSPageSize: true } as const satisfies PrintToPDFOptions;
}

/** The system print dialog, preset to A4 in the report's orientation; the user picks the printer and copies. */
export function printOptions(landscape: boolean) {
  return { silent: false, printBackground: true, landscape, pageSize: 'A4' } as const satisfies WebContentsPrintOptions;
}

/** The name offered in the save dialog: the suggestion made safe for Windows, ending in .pdf. */
export function pdfFileName(suggested: string | undefined): string {
  const stem = (suggested ?? '')
    .replace(/\.pdf$/i, '')
    .replace(UNSAFE_IN_FILE_NAME, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 120);
  return `${stem || DEFAULT_PDF_NAME}.pdf`;
}
