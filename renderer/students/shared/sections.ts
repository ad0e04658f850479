import type { StudentFields } from '../../../electron/contract/students';
import type { students } from '../../i18n/zh/students';

export type StudentFieldKey = keyof StudentFields;

/** How a student record is grouped, in order; the form and the read-only page both follow it. */
export const SECTIONS: readonly { key: keyof typeof students.sections; fields: readonly StudentFieldKey[] }[] = [
  { key: 'basic', fields: ['name', 'studentNo', 'gender', 'ethnicity', 'idNumber', 'birthDate', 'phone'] },
  {
    key: 'family',
    fields: [
      'homeProvince',
      'homeCity',
      'homeCounty',
      'homeTown',
      'homeVillage',
      'povertyStatus',
      'guardianName',
      'guardianRelation',
      'guardianPhone',
      'priorEducation',
    ],
  },
  {
    key: 'school',
    fields: ['projectId', 'cohortId', 'majorId', 'level', 'classId', 'enrolmentDate', 'expectedGraduation', 'counsellorId', 'dormitory'],
  },
  { key: 'bank', fields: ['bankName', 'bankAccount', 'bankAccountName'] },
  { key: 'notes', fields: ['notes'] },
];

/** Fields that take more than one column of the three. */
export const FIELD_SPAN: Partial<Record<StudentFieldKey, number>> = { homeVillage: 2, bankAccount: 2, notes: 3 };
