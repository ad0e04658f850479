import * as XLSX from 'xlsx';
import type { ExportFile } from '../../../contract/export';
import type { ImportField } from '../../../contract/importHeaders';
import { fill, type UiText } from '../../export/catalog';
import { cellOf, displayWidth, type CellType } from '../../export/cells';
import { chained, compressed, FIRST_SHEET, frozen, textPatch } from '../../export/zip';
import { inlineList, numbersAsTextQuiet, sheetRange, withColumnStyle, withLists, type ListRule } from './sheetXml';

/** How far down the lists and the text format reach: a whole intake many times over. */
export const TEMPLATE_ROWS = 5000;
const LAST_ROW = TEMPLATE_ROWS + 1;

type Texts = UiText['importTemplate'];
export type KindTexts = Texts['kinds'][keyof Texts['kinds']];

/** A workbook to fill for one kind of import: its columns, how each is written, the lists to pick from, examples. */
export interface TemplateSpec<F extends string> {
  fields: readonly ImportField<F>[];
  texts: KindTexts;
  /** the column's line in 填写说明 */
  help: Record<F, string>;
  /** codes of digits: unless their column is text, Excel keeps 15 digits of them and drops leading zeros */
  textFields: readonly F[];
  dateFields: readonly F[];
  /** fixed choices, written into their rules */
  codes: Partial<Record<F, string[]>>;
  /** the register's names, on the hidden options sheet; `creatable`: a new name is a warning, not a stop */
  lists: { key: F; names: string[]; creatable: boolean }[];
  examples: Partial<Record<F, string>>[];
}

const header = (f: ImportField) => f.headers[0];
/** A person sees what must be filled; the import's header matching drops the mark (importHeaders.headerKey). */
const markedHeader = (f: ImportField) => (f.required ? `*${header(f)}` : header(f));

/** room for the drop-down arrow */
const ARROW = 2;
const MIN_WIDTH = 6;
const widthsOf = (rows: readonly (readonly (XLSX.CellObject | undefined)[])[], columns: number, max = 40) =>
  Array.from({ length: columns }, (_, j) => ({ wch: Math.min(max, Math.max(MIN_WIDTH, ...rows.map((r) => displayWidth(r[j]) + 1))) }));

const sheetOf = (data: (XLSX.CellObject | undefined)[][], cols: XLSX.ColInfo[]): XLSX.WorkSheet => ({
  // an empty cell is a hole to SheetJS, as in the exports' sparse rows
  '!data': data as XLSX.CellObject[][],
  '!ref': XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(0, data.length - 1), c: Math.max(0, cols.length - 1) } }),
  '!cols': cols,
});

const textCell = (text: string) => cellOf('text', text);

/**
 * The workbook: the sheet to fill (headers, the examples, every column wide enough for its header
 * and its drop-down arrow, codes as text, lists), 填写说明, and the hidden sheet of the register's names.
 */
export function templateBook<F extends string>(spec: TemplateSpec<F>, t: Texts): ExportFile {
  const { fields } = spec;
  const columnOf = (key: F) => fields.findIndex((f) => f.key === key);
  const cellType = (key: F): CellType => (spec.textFields.includes(key) ? 'digits' : spec.dateFields.includes(key) ? 'date' : 'text');

  const head = fields.map((f) => textCell(markedHeader(f)));
  const body = spec.examples.map((row) => fields.map((f) => cellOf(cellType(f.key), row[f.key] ?? null)));
  const cols = widthsOf([head.map((h) => h && { ...h, v: `${h.v}${' '.repeat(ARROW)}` }), ...body], fields.length);

  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheetOf([head, ...body], cols), spec.texts.sheet);
  XLSX.utils.book_append_sheet(book, instructionSheet(spec, t), t.sheets.instructions);
  if (spec.lists.length) {
    XLSX.utils.book_append_sheet(book, optionsSheet(spec), t.sheets.options);
    // The options sheet holds the lists, not something to fill: hidden, and found by whoever unhides it.
    book.Workbook = { Sheets: [{}, {}, { Hidden: 1 }] };
  }
  const stored = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

  const lastColumn = XLSX.utils.encode_col(fields.length - 1);
  const sample = XLSX.utils.encode_cell({ r: 1, c: columnOf(spec.textFields[0]) });
  const sheet = textPatch((xml) =>
    withLists(numbersAsTextQuiet(withColumnStyle(xml, spec.textFields.map(columnOf), sample), `A1:${lastColumn}${LAST_ROW}`), listRules(spec, t, columnOf)),
  );
  const file = compressed(stored, { [FIRST_SHEET]: chained(frozen(1), sheet) });
  return { fileName: spec.texts.fileName, base64: file.toString('base64'), rows: 0 };
}

/** The register's names, one column each: any number of them, commas and all, which a rule holds only up to 255 characters. */
function optionsSheet<F extends string>({ fields, lists }: TemplateSpec<F>): XLSX.WorkSheet {
  const head = lists.map((l) => textCell(header(fields.find((f) => f.key === l.key)!)));
  const longest = Math.max(0, ...lists.map((l) => l.names.length));
  const body = Array.from({ length: longest }, (_, i) => lists.map((l) => (i < l.names.length ? textCell(l.names[i]) : undefined)));
  return sheetOf([head, ...body], widthsOf([head, ...body], lists.length));
}

/** 填写说明: the general rules, then one line per column: required or not, how to write it, what it may be. */
function instructionSheet<F extends string>(spec: TemplateSpec<F>, t: Texts): XLSX.WorkSheet {
  const choices: Partial<Record<F, string[]>> = { ...spec.codes, ...Object.fromEntries(spec.lists.map((l) => [l.key, l.names])) };
  const choiceText = (values: string[] | undefined) => {
    if (!values?.length) return '';
    return values.length <= 8 ? values.join(t.joiner) : fill(t.moreChoices, { first: values.slice(0, 3).join(t.joiner), count: values.length });
  };
  const line = (...texts: string[]) => texts.map((text) => (text === '' ? undefined : textCell(text)));
  const data = [
    line(spec.texts.title),
    [],
    ...spec.texts.general.map((text, i) => line(`${i + 1}. ${text}`)),
    [],
    line(t.table.column, t.table.required, t.table.format, t.table.choices),
    ...spec.fields.map((f) => line(header(f), f.required ? t.required.yes : t.required.no, spec.help[f.key], choiceText(choices[f.key]))),
  ];
  // Only the table sets the widths: a general line is one long text that runs on over the empty cells to its right.
  const table = data.slice(data.length - spec.fields.length - 1);
  return sheetOf(data, widthsOf(table, 4, 60));
}

/** The drop-downs of the sheet to fill: fixed code lists written into their rules, the register's names on the options sheet. */
function listRules<F extends string>(spec: TemplateSpec<F>, t: Texts, columnOf: (key: F) => number): ListRule[] {
  const rule = (key: F, source: ListRule['source'], creatable: boolean): ListRule => {
    const head = header(spec.fields[columnOf(key)]);
    return {
      column: columnOf(key),
      from: 2,
      to: LAST_ROW,
      source,
      errorStyle: creatable ? 'information' : 'stop',
      errorTitle: fill(creatable ? t.validation.newTitle : t.validation.stopTitle, { header: head }),
      error: fill(creatable ? t.validation.new : t.validation.stop, { header: head }),
    };
  };
  const fixed = (Object.entries(spec.codes) as [F, string[]][]).map(([key, values]) => {
    if (inlineList(values) === null) throw new Error(`the ${key} list does not fit in its rule`);
    return rule(key, { values }, false);
  });
  const register = spec.lists.flatMap((l, column) =>
    l.names.length === 0 ? [] : [rule(l.key, { range: sheetRange(t.sheets.options, column, 2, l.names.length + 1) }, l.creatable)],
  );
  return [...fixed, ...register].sort((a, b) => a.column - b.column);
}
