import { sql } from 'drizzle-orm';
import { maskIdNumber, parseIdNumber } from '../../../contract/idcard';
import type { ImportChange, ImportRowStatus } from '../../../contract/importRows';
import type { PlacementImportField, PlacementImportRow, PlacementSheet } from '../../../contract/importPlacements';
import { deriveDestination, placementFields, type Destination, type Placement, type PlacementInput } from '../../../contract/placements';
import { fieldProblems, type FieldProblem } from '../../../contract/problems';
import { checkPlacement, placementOf } from '../../placements/placements';
import type { AuthedCtx } from '../../rpc/context';
import { AppError } from '../../rpc/errors';
import { isExampleNote, normalisedId, studentIdsByIdNumber, twinsIn, worded, type Issue as AnyIssue } from '../rows';
import { readPlacementCells, type ReadValues } from './cells';
import { Directory } from './companies';
import { describe, mainValues, type Seen } from './describe';

/** A record as the import would write it: a new placement, an update of the student's one, or refused. */
export interface Evaluated extends PlacementImportRow {
  input: PlacementInput | null;
  /** the student's placement before the import */
  before: Placement | null;
}

type Issue = AnyIssue<PlacementImportField>;

/** The register's student a record names by 身份证号. */
interface Student {
  id: number;
  name: string;
  homeProvince: string;
}

/** The sheet's column for a field of the placement (the employer by name, the salary in yuan, the student by 身份证号). */
const COLUMN: Partial<Record<string, PlacementImportField>> = { companyId: 'company', monthlySalaryFen: 'salary', studentId: 'idNumber' };
const columnOf = (field: string): PlacementImportField | null => COLUMN[field] ?? (field in placementFields.shape ? (field as PlacementImportField) : null);

/** A new placement's fields before the sheet's cells go over them, as the form starts. */
const BLANK: Omit<PlacementInput, 'studentId' | 'outcome'> = {
  companyId: null,
  industry: '',
  position: '',
  province: '',
  city: '',
  destination: null,
  relatedToMajor: false,
  startDate: null,
  monthlySalaryFen: null,
  contractKind: null,
  socialInsurance: false,
  channel: null,
  notes: '',
};

/** Names compared as people write them: 王  五 (padded to the width of a three-character name) is 王五. */
const sameName = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * What importing each record of a sheet would do, checked exactly as the placement form checks one
 * (the contract's schema, then checkPlacement), plus what only a sheet can get wrong: a cell that
 * cannot be read, a 身份证号 the register lacks or a name that is not its student's, the same
 * 身份证号 twice, an employer 企业名录 lacks. With `createMissing` those employers are made first (a
 * preview makes them inside a transaction it rolls back).
 */
export function evaluate(ctx: AuthedCtx, sheet: PlacementSheet): { rows: Evaluated[]; missingCompanies: string[] } {
  const read = sheet.rows.map((row) => ({ line: row.line, ...readPlacementCells(row.cells, sheet.date1904) }));
  const directory = new Directory(ctx.db);
  // The template's examples are refused below: their employer is not one to list or make.
  const records = read.filter((r) => !isExampleNote(r.values.notes));
  for (const r of records) if (r.values.company !== undefined) directory.note(r.values.company);
  // Each noted as the first record wrote it: that record says where the company is and what it does.
  if (sheet.createMissing) directory.make(ctx, (name) => records.find((r) => r.values.company === name)!.values);

  const students = studentsOf(ctx, read.map((r) => normalisedId(r.values.idNumber)));
  const twins = twinsIn(read, [{ field: 'idNumber', valueOf: (i) => normalisedId(read[i].values.idNumber) }]);

  const rows = read.map((r): Evaluated => {
    const idNumber = normalisedId(r.values.idNumber);
    // An example left in the file is refused as one, whatever else it says: its 身份证号 and employer are invented.
    const example = isExampleNote(r.values.notes);
    const student = example || idNumber === null ? undefined : students.get(idNumber);
    const company = r.values.company === undefined ? undefined : directory.find(r.values.company);
    const issues: Issue[] = example
      ? [{ field: 'notes', key: 'import_example_row' }]
      : [...r.issues, ...(twins.get(r.line) ?? []), ...whoseIssues(r.values, idNumber, student, r.issues, ctx.now())];
    if (!example && r.values.company !== undefined && company === undefined) {
      issues.push(Directory.nameProblem(r.values.company) ?? { field: 'company', key: 'import_company_missing', params: { name: r.values.company } });
    }

    const before = student ? placementOf(ctx.db, student.id) : null;
    const was = before && storedOf(before);
    let input: PlacementInput | null = null;
    if (student && !issues.length) {
      const checked = check(ctx, mergedInput(r.values, company, was, student));
      issues.push(...checked.issues);
      input = checked.input;
    }

    const seen = (stored: PlacementInput): Seen => ({
      stored,
      companyName: directory.nameOf(stored.companyId),
      destination: effectiveDestination(stored, student!),
    });
    let changes: ImportChange<PlacementImportField>[] = [];
    if (input) changes = was ? describe(ctx.locale, seen(was), seen(input), r.values, sheet.headers) : mainValues(ctx.locale, seen(input), sheet.headers);
    const status: ImportRowStatus = issues.length ? 'error' : !before ? 'new' : changes.length ? 'update' : 'unchanged';
    return {
      line: r.line,
      status,
      name: r.values.name ?? student?.name ?? '',
      idNumber: maskIdNumber(idNumber ?? ''),
      studentId: student?.id ?? null,
      version: before?.version ?? null,
      changes,
      problems: issues.map((i) => worded(ctx, sheet.headers, i)),
      warnings: [],
      input,
      before,
    };
  });
  return { rows, missingCompanies: directory.missing };
}

/** The register's students the sheet's 身份证号 name, with what a placement needs of them. */
function studentsOf(ctx: AuthedCtx, idNumbers: (string | null)[]): Map<string, Student> {
  const ids = studentIdsByIdNumber(ctx, idNumbers);
  const rows = ctx.db.all<Student>(
    sql`SELECT id, name, home_province AS homeProvince FROM students WHERE id IN (SELECT value FROM json_each(${JSON.stringify([...ids.values()])}))`,
  );
  const byId = new Map(rows.map((s) => [s.id, s]));
  return new Map([...ids].map(([idNumber, id]) => [idNumber, byId.get(id)!]));
}

/**
 * Why a record is not about the student it names: no 身份证号, one the register lacks (a mistyped one
 * says what is wrong with it), or a name that is not the register's (a wrong number is likelier than a renamed student).
 */
function whoseIssues(v: ReadValues, idNumber: string | null, student: Student | undefined, read: Issue[], now: Date): Issue[] {
  if (idNumber === null) return read.some((i) => i.field === 'idNumber') ? [] : [{ field: 'idNumber', key: 'required' }];
  if (!student) {
    const parsed = parseIdNumber(idNumber, now);
    return [{ field: 'idNumber', key: 'problem' in parsed ? parsed.problem : 'import_no_such_student' }];
  }
  return v.name !== undefined && !sameName(v.name, student.name) ? [{ field: 'name', key: 'import_name_differs', params: { name: student.name } }] : [];
}

/** The placement's fields as stored: 留深/回乡 null when derived. */
export function storedOf(p: Placement): PlacementInput {
  const { id: _i, companyName: _n, destinationSetByHand, createdAt: _c, updatedAt: _u, version: _v, ...fields } = p;
  return { ...fields, destination: destinationSetByHand ? p.destination : null };
}

const effectiveDestination = (p: PlacementInput, student: Student): Destination => p.destination ?? deriveDestination(p.city, p.province, student.homeProvince);

/** The placement as the import would leave it: the student's one with the sheet's filled cells over it, or the sheet's alone. */
function mergedInput(v: ReadValues, companyId: number | undefined, was: PlacementInput | null, student: Student): Record<string, unknown> {
  const { name: _n, idNumber: _i, company: _c, salary, destination, ...fields } = v;
  const merged = {
    ...(was ?? BLANK),
    studentId: student.id,
    ...fields,
    ...(companyId !== undefined && { companyId }),
    ...(salary !== undefined && { monthlySalaryFen: salary }),
  } as PlacementInput;
  // 留深/回乡 as the city and the student's home already say it is kept as it was (derived, or set by hand): only a different one is set by hand.
  const kept = was?.destination ?? null;
  const asSaid = destination === undefined || destination === effectiveDestination({ ...merged, destination: kept }, student);
  return { ...merged, destination: asSaid ? kept : destination };
}

/** The contract's schema, then the placement form's own checks (a start that has come among them): the same refusals the form gives. */
function check(ctx: AuthedCtx, candidate: Record<string, unknown>): { input: PlacementInput | null; issues: Issue[] } {
  const parsed = placementFields.safeParse(candidate);
  const asIssues = (problems: FieldProblem[]): Issue[] => problems.map((p) => ({ field: columnOf(p.field), key: p.key, params: p.params }));
  if (!parsed.success) return { input: null, issues: asIssues(fieldProblems(parsed.error, candidate)) };
  const input = parsed.data;
  try {
    checkPlacement(ctx, input);
  } catch (e) {
    if (e instanceof AppError && e.fields.length) return { input: null, issues: asIssues(e.fields) };
    throw e;
  }
  return { input, issues: [] };
}
