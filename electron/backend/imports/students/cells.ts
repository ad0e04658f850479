import type { ImportCell } from '../../../contract/importCells';
import type { StudentImportField } from '../../../contract/importStudents';
import type { StudentStatus } from '../../../contract/students';
import { choice, date, dayOrMonth, digits, idNumber, month, readCells, text, type Reader } from '../cells';

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

/** How each column is read. */
const READERS: Record<StudentImportField, Reader> = {
  name: text,
  studentNo: digits,
  gender: choice('gender'),
  ethnicity: text,
  idNumber,
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
  enrolmentDate: dayOrMonth,
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

/** A record's filled cells read, and what could not be. */
export const readStudentCells = (cells: Partial<Record<StudentImportField, ImportCell>>, date1904: boolean) =>
  readCells<StudentImportField, ReadValues>(cells, READERS, date1904);
