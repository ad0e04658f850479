import { and, desc, eq } from 'drizzle-orm';
import * as XLSX from 'xlsx';
import type { Db } from '../../../db/open';
import { classes, cohorts, majors, projects, users } from '../../../db/schema';
import type { ExportFile } from '../../contract/export';
import { checkCharFor } from '../../contract/idcard';
import type { ImportField } from '../../contract/importHeaders';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../contract/importStudents';
import type { ImportKind } from '../../contract/imports';
import { labelsIn } from '../../contract/labels';
import type { Locale } from '../../contract/messages';
import { fill, uiText, type UiText } from '../export/catalog';
import { CHINA_OFFSET_MS, cellOf, displayWidth, type CellType } from '../export/cells';
import { chained, compressed, FIRST_SHEET, frozen, textPatch } from '../export/zip';
import type { Handlers } from '../rpc/context';
import { inlineList, numbersAsTextQuiet, sheetRange, withColumnStyle, withLists, type ListRule } from './sheetXml';

/** How far down the lists and the text format reach: a whole intake many times over. */
export const TEMPLATE_ROWS = 5000;
const LAST_ROW = TEMPLATE_ROWS + 1;

/** Codes of digits: unless their column is text, Excel keeps 15 digits of them and drops leading zeros. */
export const TEXT_FIELDS: readonly StudentImportField[] = ['studentNo', 'idNumber', 'phone', 'guardianPhone', 'bankAccount'];
const DATE_FIELDS: readonly StudentImportField[] = ['birthDate', 'enrolmentDate', 'statusDate'];
const cellType = (key: StudentImportField): CellType => (TEXT_FIELDS.includes(key) ? 'digits' : DATE_FIELDS.includes(key) ? 'date' : 'text');

/** The register's names the import matches, and whether it may create one it does not find. */
const REGISTER_LISTS = [
  { key: 'project', creatable: false },
  { key: 'cohort', creatable: true },
  { key: 'major', creatable: true },
  { key: 'className', creatable: true },
  { key: 'counsellor', creatable: false },
] as const satisfies readonly { key: StudentImportField; creatable: boolean }[];
type RegisterList = (typeof REGISTER_LISTS)[number]['key'];

const FIELDS: readonly ImportField<StudentImportField>[] = STUDENT_IMPORT_FIELDS;
const header = (f: ImportField) => f.headers[0];
/** A person sees what must be filled; the import's header matching drops the mark (importHeaders.headerKey). */
const markedHeader = (f: ImportField) => (f.required ? `*${header(f)}` : header(f));
const columnOf = (key: StudentImportField) => FIELDS.findIndex((f) => f.key === key);

/** Names as people sort them: by pinyin, 2班 before 10班. */
const byName = new Intl.Collator('zh-CN', { numeric: true }).compare;
const distinct = (names: string[]) => [...new Set(names)];

function registerNames(db: Db): Record<RegisterList, string[]> {
  const sorted = (rows: { name: string }[]) => distinct(rows.map((r) => r.name)).sort(byName);
  return {
    project: sorted(db.select({ name: projects.name }).from(projects).all()),
    // the latest intakes first: the ones being filled in
    cohort: distinct(db.select({ name: cohorts.name }).from(cohorts).orderBy(desc(cohorts.intakeYear), cohorts.name).all().map((r) => r.name)),
    major: sorted(db.select({ name: majors.name }).from(majors).all()),
    className: sorted(db.select({ name: classes.name }).from(classes).all()),
    counsellor: sorted(
      db
        .select({ name: users.displayName })
        .from(users)
        .where(and(eq(users.role, 'counsellor'), eq(users.active, true)))
        .all(),
    ),
  };
}

interface Setting {
  project: string;
  cohort: string;
  year: number;
  major: string;
  className: string;
  counsellor: string;
}

/**
 * Where the examples are placed: the latest cohort and one of its classes, so that they read like
 * the students about to be entered; invented names where the register is still empty.
 */
function exampleSetting(db: Db, names: Record<RegisterList, string[]>, now: Date): Setting {
  const latest = db
    .select({ id: cohorts.id, name: cohorts.name, year: cohorts.intakeYear, project: projects.name })
    .from(cohorts)
    .innerJoin(projects, eq(projects.id, cohorts.projectId))
    .orderBy(desc(cohorts.intakeYear), desc(cohorts.id))
    .limit(1)
    .get();
  const klass = latest
    ? db
        .select({ name: classes.name, major: majors.name, teacher: users.displayName })
        .from(classes)
        .leftJoin(majors, eq(majors.id, classes.majorId))
        .leftJoin(users, eq(users.id, classes.headTeacherId))
        .where(eq(classes.cohortId, latest.id))
        .orderBy(classes.id)
        .limit(1)
        .get()
    : undefined;
  const year = latest?.year ?? new Date(now.getTime() + CHINA_OFFSET_MS).getUTCFullYear();
  const teacher = klass?.teacher;
  return {
    project: latest?.project ?? names.project[0] ?? '广西百色',
    cohort: latest?.name ?? `${year}级`,
    year,
    major: klass?.major ?? names.major[0] ?? '汽车维修',
    className: klass?.name ?? `${String(year).slice(2)}级1班`,
    counsellor: teacher && names.counsellor.includes(teacher) ? teacher : (names.counsellor[0] ?? ''),
  };
}

type Example = Partial<Record<StudentImportField, string>>;

/** Two invented students with valid 身份证号 (田东县, born sixteen years before they enrol): a man with everything, a woman with only what is usual. */
function examples(s: Setting, note: string): Example[] {
  const zh = labelsIn('zh');
  const born = s.year - 16;
  const id = (birth: string, seq: string) => `451022${born}${birth}${seq}` + checkCharFor(`451022${born}${birth}${seq}`);
  const placed = { project: s.project, cohort: s.cohort, major: s.major, className: s.className, counsellor: s.counsellor };
  const school = { level: zh.level.intermediate, enrolmentDate: `${s.year}-09-01`, expectedGraduation: `${s.year + 3}-07`, dormitory: '是', notes: note };
  const home = { homeProvince: '广西', homeCity: '百色', homeCounty: '田东县' };
  return [
    {
      name: '黄小明',
      studentNo: `${s.year}010101`,
      gender: zh.gender.M,
      ethnicity: '壮族',
      idNumber: id('0315', '013'),
      birthDate: `${born}-03-15`,
      phone: '13807760123',
      ...home,
      homeTown: '平马镇',
      homeVillage: '那王村',
      povertyStatus: zh.povertyStatus.registered,
      guardianName: '黄大山',
      guardianRelation: '父亲',
      guardianPhone: '13907760456',
      priorEducation: zh.priorEducation.junior,
      ...placed,
      ...school,
      bankName: '中国农业银行',
      bankAccount: '6228480012345678901',
      bankAccountName: '黄小明',
    },
    {
      name: '韦丽芳',
      studentNo: `${s.year}010102`,
      gender: zh.gender.F,
      ethnicity: '壮族',
      idNumber: id('1107', '024'),
      phone: '13977612345',
      ...home,
      homeTown: '林逢镇',
      homeVillage: '东里村',
      povertyStatus: zh.povertyStatus.dibao,
      guardianName: '韦秀英',
      guardianRelation: '母亲',
      priorEducation: zh.priorEducation.junior,
      ...placed,
      ...school,
    },
  ];
}

/** The fixed choices, as the import reads them: the register's words in Chinese, whatever the user's language. */
function codeLists(): Partial<Record<StudentImportField, string[]>> {
  const zh = labelsIn('zh');
  return {
    gender: Object.values(zh.gender),
    povertyStatus: Object.values(zh.povertyStatus),
    priorEducation: Object.values(zh.priorEducation),
    level: Object.values(zh.level),
    dormitory: ['是', '否'],
    status: Object.values(zh.status),
  };
}

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

/** The sheet to fill: headers, the examples, every column wide enough for its header and its drop-down arrow. */
function studentSheet(rows: Example[]): XLSX.WorkSheet {
  const head = FIELDS.map((f) => textCell(markedHeader(f)));
  const body = rows.map((row) => FIELDS.map((f) => cellOf(cellType(f.key), row[f.key] ?? null)));
  const cols = widthsOf([head.map((h) => h && { ...h, v: `${h.v}${' '.repeat(ARROW)}` }), ...body], FIELDS.length);
  return sheetOf([head, ...body], cols);
}

/** The register's names, one column each: any number of them, commas and all, which a rule holds only up to 255 characters. */
function optionsSheet(names: Record<RegisterList, string[]>): XLSX.WorkSheet {
  const head = REGISTER_LISTS.map((l) => textCell(header(FIELDS[columnOf(l.key)])));
  const longest = Math.max(0, ...REGISTER_LISTS.map((l) => names[l.key].length));
  const body = Array.from({ length: longest }, (_, i) => REGISTER_LISTS.map((l) => (i < names[l.key].length ? textCell(names[l.key][i]) : undefined)));
  return sheetOf([head, ...body], widthsOf([head, ...body], REGISTER_LISTS.length));
}

/** 填写说明: the general rules, then one line per column: required or not, how to write it, what it may be. */
function instructionSheet(t: UiText['importTemplate'], choices: Partial<Record<StudentImportField, string[]>>): XLSX.WorkSheet {
  const choiceText = (values: string[] | undefined) => {
    if (!values?.length) return '';
    return values.length <= 8 ? values.join(t.joiner) : fill(t.moreChoices, { first: values.slice(0, 3).join(t.joiner), count: values.length });
  };
  const line = (...texts: string[]) => texts.map((text) => (text === '' ? undefined : textCell(text)));
  const data = [
    line(t.title),
    [],
    ...t.general.map((text, i) => line(`${i + 1}. ${text}`)),
    [],
    line(t.table.column, t.table.required, t.table.format, t.table.choices),
    ...FIELDS.map((f) => line(header(f), f.required ? t.required.yes : t.required.no, t.fields[f.key], choiceText(choices[f.key]))),
  ];
  // Only the table sets the widths: a general line is one long text that runs on over the empty cells to its right.
  const table = data.slice(data.length - FIELDS.length - 1);
  return sheetOf(data, widthsOf(table, 4, 60));
}

/** The drop-downs of the sheet to fill: fixed code lists written into their rules, the register's names on the options sheet. */
function listRules(t: UiText['importTemplate'], codes: Partial<Record<StudentImportField, string[]>>, names: Record<RegisterList, string[]>): ListRule[] {
  const rule = (key: StudentImportField, source: ListRule['source'], creatable: boolean): ListRule => {
    const head = header(FIELDS[columnOf(key)]);
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
  const fixed = Object.entries(codes).map(([key, values]) => {
    if (inlineList(values) === null) throw new Error(`the ${key} list does not fit in its rule`);
    return rule(key as StudentImportField, { values }, false);
  });
  const register = REGISTER_LISTS.flatMap((l, column) =>
    names[l.key].length === 0 ? [] : [rule(l.key, { range: sheetRange(t.sheets.options, column, 2, names[l.key].length + 1) }, l.creatable)],
  );
  return [...fixed, ...register].sort((a, b) => a.column - b.column);
}

/** The student roster to fill in (学生导入模板.xlsx). */
function studentTemplate(db: Db, locale: Locale, now: Date): ExportFile {
  const t = uiText(locale).importTemplate;
  const names = registerNames(db);
  const codes = codeLists();
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, studentSheet(examples(exampleSetting(db, names, now), t.example)), t.sheets.students);
  XLSX.utils.book_append_sheet(book, instructionSheet(t, { ...codes, ...names }), t.sheets.instructions);
  XLSX.utils.book_append_sheet(book, optionsSheet(names), t.sheets.options);
  // The options sheet holds the lists, not something to fill: hidden, and found by whoever unhides it.
  book.Workbook = { Sheets: [{}, {}, { Hidden: 1 }] };
  const stored = XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;

  const lastColumn = XLSX.utils.encode_col(FIELDS.length - 1);
  const sample = XLSX.utils.encode_cell({ r: 1, c: columnOf('idNumber') });
  const sheet = textPatch((xml) =>
    withLists(numbersAsTextQuiet(withColumnStyle(xml, TEXT_FIELDS.map(columnOf), sample), `A1:${lastColumn}${LAST_ROW}`), listRules(t, codes, names)),
  );
  const file = compressed(stored, { [FIRST_SHEET]: chained(frozen(1), sheet) });
  return { fileName: t.fileName, base64: file.toString('base64'), rows: 0 };
}

const TEMPLATES: Record<ImportKind, (db: Db, locale: Locale, now: Date) => ExportFile> = { students: studentTemplate };

export const templateHandlers: Handlers<'imports.template'> = {
  'imports.template': ({ kind }, ctx) => TEMPLATES[kind](ctx.db, ctx.locale, ctx.now()),
};
