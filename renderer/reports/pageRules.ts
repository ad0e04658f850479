/**
 * The @page rules of a report: paper, margins, and the lines printed in the margins of every page
 * (Chromium ≥ 131 draws CSS page-margin boxes, in print, in printToPDF and in page.pdf()). They are
 * built per report because the paper's orientation and the margin texts (who prints, when, the
 * page counter in the user's language) are known only then.
 */

export type Orientation = 'portrait' | 'landscape';

export interface PageMarginTexts {
  /** the page counter, with {{page}} and {{pages}} where the numbers go: 第 {{page}} 页 共 {{pages}} 页 */
  pageOf: string;
  /** bottom left: 制表人 */
  madeBy: string;
  /** bottom right: 打印日期 */
  printedOn: string;
  /** top of every page but the first, which has the full heading: school · title */
  runningHead: string;
}

/** Margins (top right bottom left): the bottom one holds the 制表人 / page / date line, the top one the running head. */
const MARGINS: Record<Orientation, string> = {
  portrait: '14mm 14mm 16mm 14mm',
  landscape: '12mm 10mm 14mm 10mm',
};

/** The theme's font stack (renderer/main.tsx): margin boxes do not inherit the page's fonts. */
const FONTS = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif';

/** A CSS string literal holding `text` as it is (quotes, backslashes and line breaks escaped). */
export function cssString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\A ')}"`;
}

/** `content` for the page counter: the template's words as strings around counter(page) and counter(pages). */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{\{pages?\}\})/)
    .filter(Boolean)
    .map((part) => (part === '{{page}}' ? 'counter(page)' : part === '{{pages}}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export function pageRules(orientation: Orientation, texts: PageMarginTexts): string {
  const box = `font-family: ${FONTS}; font-size: 8pt; color: #333;`;
  return `
@page {
  size: A4 ${orientation};
  margin: ${MARGINS[orientation]};
  @top-center { content: ${cssString(texts.runningHead)}; ${box} color: #666; }
  @bottom-left { content: ${cssString(texts.madeBy)}; ${box} }
  @bottom-center { content: ${pageCounterContent(texts.pageOf)}; ${box} }
  @bottom-right { content: ${cssString(texts.printedOn)}; ${box} }
}
@page :first {
  @top-center { content: none; }
}`;
}
