import * as XLSX from 'xlsx';

/**
 * What SheetJS's free edition cannot write into a sheet, patched into its XML (export/zip.ts):
 * drop-down lists, and a number format for the whole of a column rather than for its cells.
 */

/** A drop-down list on one column, rows `from` to `to` (1-based, as Excel numbers them). */
export interface ListRule {
  column: number;
  from: number;
  to: number;
  /** the list itself: the choices, written into the rule, or a range of another sheet ('选项'!$A$2:$A$9) */
  source: { values: readonly string[] } | { range: string };
  /** stop refuses anything else; information only says so, for names the import may create */
  errorStyle: 'stop' | 'information';
  errorTitle: string;
  error: string;
}

const escaped = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Excel's limit on a list written into its rule (the choices, commas and quotes); a longer one must be a range. */
const INLINE_MAX = 255;

/** The choices as a rule may hold them, or null when they must go on a sheet: too long, or a comma inside a choice. */
export function inlineList(values: readonly string[]): string | null {
  const list = `"${values.join(',')}"`;
  return list.length <= INLINE_MAX && !values.some((v) => /[,"]/.test(v)) ? list : null;
}

/** A reference to cells of another sheet, quoted whatever its name holds. */
export function sheetRange(sheet: string, column: number, from: number, to: number): string {
  const col = XLSX.utils.encode_col(column);
  return `'${sheet.replace(/'/g, "''")}'!$${col}$${from}:$${col}$${to}`;
}

function ruleXml(rule: ListRule): string {
  const formula = 'values' in rule.source ? inlineList(rule.source.values) : rule.source.range;
  if (formula === null) throw new Error('a list too long to write into its rule');
  const col = XLSX.utils.encode_col(rule.column);
  const attrs = [
    'type="list"',
    ...(rule.errorStyle === 'stop' ? [] : [`errorStyle="${rule.errorStyle}"`]),
    'allowBlank="1"',
    'showInputMessage="1"',
    'showErrorMessage="1"',
    // Excel refuses the file over a title longer than 32 characters or a message over 255.
    `errorTitle="${escaped(rule.errorTitle.slice(0, 32))}"`,
    `error="${escaped(rule.error.slice(0, 255))}"`,
    `sqref="${col}${rule.from}:${col}${rule.to}"`,
  ];
  return `<dataValidation ${attrs.join(' ')}><formula1>${escaped(formula)}</formula1></dataValidation>`;
}

/** What may follow <dataValidations> in a worksheet, in the schema's order: the rules go before the first of these. */
const AFTER_VALIDATIONS = new RegExp(
  `<(${[
    'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties',
    'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'tableParts', 'extLst',
  ].join('|')})[\\s>/]|</worksheet>`,
);

/** The sheet with its drop-down lists, where the schema has them (Excel refuses a file with parts out of order). */
export function withLists(xml: string, rules: readonly ListRule[]): string {
  if (rules.length === 0) return xml;
  const at = xml.search(AFTER_VALIDATIONS);
  if (at < 0) throw new Error('not a worksheet');
  return `${xml.slice(0, at)}<dataValidations count="${rules.length}">${rules.map(ruleXml).join('')}</dataValidations>${xml.slice(at)}`;
}

/**
 * Whole columns in the style of one of their cells (a text cell: '@'), so that what a person types
 * or pastes further down takes it too. `sample` names a cell written with that style: SheetJS has
 * put its number format in the workbook's styles and numbered it; its index is on the cell.
 */
export function withColumnStyle(xml: string, columns: readonly number[], sample: string): string {
  const style = new RegExp(`<c r="${sample}" s="(\\d+)"`).exec(xml)?.[1];
  if (style === undefined) throw new Error(`no styled cell ${sample}`);
  let patched = xml;
  for (const column of columns) {
    const n = column + 1;
    const col = new RegExp(`<col min="${n}" max="${n}"`);
    if (!col.test(patched)) throw new Error(`no width for column ${n}`);
    patched = patched.replace(col, `<col min="${n}" max="${n}" style="${style}"`);
  }
  return patched;
}

/**
 * Digits typed into a text cell get Excel's green "number stored as text" corner: SheetJS already
 * silences it over the cells it wrote; this stretches that over the rows still to be filled.
 */
export function numbersAsTextQuiet(xml: string, range: string): string {
  return xml.replace(/(<ignoredError numberStoredAsText="1" sqref=")[^"]*"/, `$1${range}"`);
}
