import type { PrintRequest } from './bridge';

const DEFAULT_PDF_NAME = '帮扶生管理系统';
/** Characters Windows refuses in a file name, and control characters. */
const UNSAFE_IN_FILE_NAME = /[<>:"/\\|?*\u0000-\u001f]/g;

/** A renderer's print request checked field by field (the renderer is not trusted with more). */
export function parsePrintRequest(raw: unknown): PrintRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { mode, landscape, fileName } = raw as Record<string, unknown>;
  if (landscape !== undefined && typeof landscape !== 'boolean') return null;
  if (mode === 'print') return { mode, landscape };
  if (mode !== 'pdf' || (fileName !== undefined && typeof fileName !== 'string')) return null;
  return { mode, landscape, fileName };
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
