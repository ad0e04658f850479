import { execFileSync } from 'node:child_process';

/**
 * Reading printed PDFs with poppler (pdfinfo, pdftotext, pdftoppm, pdffonts): what a person would
 * check on paper, as text and as pictures. npm test installs poppler-utils on Debian/Ubuntu.
 */
function poppler(tool: string, args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`需要 poppler 的 ${tool} 来检查打印的 PDF（Debian/Ubuntu：apt-get install poppler-utils）\nThe print checks need poppler's ${tool} (Debian/Ubuntu: apt-get install poppler-utils)`);
    }
    throw e;
  }
}

/** Page count and the first page's size in points. */
export function pdfInfo(file: string): { pages: number; width: number; height: number } {
  const info = poppler('pdfinfo', [file]);
  const size = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info);
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]), width: Number(size?.[1]), height: Number(size?.[2]) };
}

/** The text of each page, in reading order (layout kept, so a table row stays on one line). */
export function pdfPages(file: string): string[] {
  const { pages } = pdfInfo(file);
  return Array.from({ length: pages }, (_, i) => poppler('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), file, '-']));
}

/** The fonts the PDF uses: whether each is embedded, and whether its text maps back to Unicode (copyable, searchable). */
export function pdfFonts(file: string): { embedded: boolean; unicode: boolean }[] {
  const lines = poppler('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim());
  return lines.map((line) => {
    const cols = line.trim().split(/\s+/);
    // …  emb sub uni  object ID
    const [emb, , uni] = cols.slice(-5, -2);
    return { embedded: emb === 'yes', unicode: uni === 'yes' };
  });
}

/** Each page as a PNG (`<prefix>-<n>.png`), to look at. */
export function pdfToPngs(file: string, prefix: string, dpi = 60): void {
  poppler('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
}

/** Text with all white space removed: PDF text extraction spaces CJK text as it pleases. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
