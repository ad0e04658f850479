import { createFormContext } from '@mantine/form';
import { studentFields, type Student, type StudentFields } from '../../../electron/contract/students';

/** Values the form holds: choices not yet made are null; an empty month or 学号 is ''. */
type Unchosen = 'gender' | 'povertyStatus' | 'priorEducation' | 'level' | 'projectId' | 'cohortId' | 'birthDate' | 'enrolmentDate';
export type StudentFormValues = Omit<StudentFields, Unchosen | 'expectedGraduation' | 'studentNo' | 'bankAccountName'> & {
  [K in Unchosen]: StudentFields[K] | null;
} & {
  expectedGraduation: string;
  studentNo: string;
  bankAccountName: string;
};

export const [StudentFormProvider, useStudentFormContext, useStudentForm] = createFormContext<StudentFormValues>();

export const EMPTY_STUDENT: StudentFormValues = {
  name: '',
  studentNo: '',
  gender: null,
  ethnicity: '',
  idNumber: '',
  birthDate: null,
  phone: '',
  homeProvince: '',
  homeCity: '',
  homeCounty: '',
  homeTown: '',
  homeVillage: '',
  povertyStatus: null,
  guardianName: '',
  guardianRelation: '',
  guardianPhone: '',
  priorEducation: null,
  projectId: null,
  cohortId: null,
  majorId: null,
  level: null,
  classId: null,
  enrolmentDate: null,
  expectedGraduation: '',
  counsellorId: null,
  // Nearly every supported student comes from another region and boards.
  dormitory: true,
  bankName: '',
  bankAccount: '',
  bankAccountName: '',
  notes: '',
};

/** The editable fields of a record as read. */
export function valuesOf(student: Student): StudentFormValues {
  const values = Object.fromEntries(Object.keys(studentFields.shape).map((key) => [key, student[key as keyof StudentFields]]));
  return { ...(values as StudentFormValues), expectedGraduation: student.expectedGraduation ?? '', studentNo: student.studentNo ?? '' };
}

/** What the contract expects; the contract schema (run as the form's validator) refuses what is still missing. */
export function toInput(values: StudentFormValues): unknown {
  return { ...values, expectedGraduation: values.expectedGraduation.trim() || null };
}

/** The input to send, once the form's validation has passed. */
export function toFields(values: StudentFormValues): StudentFields {
  return studentFields.parse(toInput(values));
}

/** Marked with an asterisk; the contract schema is what actually refuses them empty. */
export const REQUIRED: ReadonlySet<keyof StudentFormValues> = new Set([
  'name',
  'gender',
  'idNumber',
  'birthDate',
  'povertyStatus',
  'priorEducation',
  'projectId',
  'cohortId',
  'level',
  'enrolmentDate',
]);
