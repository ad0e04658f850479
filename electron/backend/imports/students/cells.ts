import { dateCell, digitsCell, idNumberCell, textCell, type CellProblem, type CellResult, type ImportCell } from '../../../contract/importCells';
import type { StudentImportField } from '../../../contract/importStudents';
import type { MessageKey, MessageParams } from '../../../contract/messages';
import type { StudentStatus } from '../../../contract/students';
import { choose, type ChoiceField } from './choices';

/** A record's cells as values: only the cells the sheet filled (a blank cell changes nothing). */
export interface ReadValues {
  name?: string;
  studentNo?: string;
  gender?: 'M' | 'F';
  ethnicity?: string;
  idNumber?: string;
  birthDate?: string;
  phone?: string;
  homeProvince?: string;
  homeCity?: string;
  homeCounty?: string;
  homeTown?: string;
  homeVillage?: string;
  povertyStatus?: 'registered' | 'dibao' | 'tekun' | 'monitored' | 'other';
  guardianName?: string;
  guardianRelation?: string;
  guardianPhone?: string;
  priorEducation?: 'junior' | 'senior';
  project?: string;
  cohort?: string;
  major?: string;
  className?: string;
  level?: 'intermediate' | 'advanced' | 'technician';
  enrolmentDate?: string;
  expectedGraduation?: string;
  counsellor?: string;
  dormitory?: boolean;
  bankName?: string;
  bankAccount?: string;
  bankAccountName?: string;
  notes?: string;
  status?: StudentStatus;
  statusDate?: string;
}

/** A cell that cannot be taken: which field, the message's key and parameters. */
export interface CellIssue {
  field: StudentImportField;
  key: MessageKey;
  params?: MessageParams;
}

type Reader = (cell: ImportCell, date1904: boolean) => CellResult<string | boolean | null> | { ok: false; choice: ChoiceField; word: string };

const text: Reader = (cell) => textCell(cell);
const digits: Reader = (cell) => digitsCell(cell);
const date: Reader = (cell, date1904) => dateCell(cell, { date1904 });
const month: Reader = (cell, date1904) => {
  const read = dateCell(cell, { date1904, monthWillDo: true });
  return read.ok && read.value ? { ok: true, value: read.value.slice(0, 7) } : read;
};
const choice =
  (field: ChoiceField): Reader =>
  (cell) => {
    const word = textCell(cell);
    if (!word.ok || word.value === '') return word;
    const value = choose(field, word.value);
    return value === undefined ? { ok: false, choice: field, word: word.value } : { ok: true, value: value as string | boolean };
  };

/** How each column is read. */
const READERS: Record<StudentImportField, Reader> = {
  name: text,
  studentNo: digits,
  gender: choice('gender'),
  ethnicity: text,
  idNumber: (cell) => idNumberCell(cell),
  birthDate: date,
  phone: digits,
  homeProvince: text,
  homeCity: text,
  homeCounty: text,
  homeTown: text,
  homeVillage: text,
  povertyStatus: choice('povertyStatus'),
  guardianName: text,
  guardianRelation: text,
  guardianPhone: digits,
  priorEducation: choice('priorEducation'),
  project: text,
  cohort: text,
  major: text,
  level: choice('level'),
  className: text,
  enrolmentDate: (cell, date1904) => dateCell(cell, { date1904, monthWillDo: true }),
  expectedGraduation: month,
  counsellor: text,
  dormitory: choice('dormitory'),
  bankName: text,
  bankAccount: digits,
  bankAccountName: text,
  notes: text,
  status: choice('status'),
  statusDate: date,
};

const cellIssue = (field: StudentImportField, problem: CellProblem): CellIssue =>
  problem.code === 'import_number' ? { field, key: problem.code, params: { value: problem.value } } : { field, key: problem.code };

/** A record's filled cells read, and what could not be. */
export function readCells(cells: Partial<Record<StudentImportField, ImportCell>>, date1904: boolean): { values: ReadValues; issues: CellIssue[] } {
  const values: Record<string, unknown> = {};
  const issues: CellIssue[] = [];
  for (const [field, cell] of Object.entries(cells) as [StudentImportField, ImportCell][]) {
    const read = READERS[field](cell, date1904);
    if ('choice' in read) issues.push({ field, key: 'import_choice', params: { value: read.word, choices: { key: `import_choices_${read.choice}` as MessageKey } } });
    else if (!read.ok) issues.push(cellIssue(field, read.problem));
    else if (read.value !== null && read.value !== '') values[field] = read.value;
  }
  return { values: values as ReadValues, issues };
}
