import type { ImportChange } from '../../../contract/importRows';
import type { StudentImportField, StudentSheet } from '../../../contract/importStudents';
import { LABELS } from '../../../contract/labels';
import type { Locale } from '../../../contract/messages';
import type { Student } from '../../../contract/students';
import type { StudentInput } from '../../students/validate';
import type { ReadValues } from './cells';

type Lang = 'zh' | 'en';
const lang = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');

/** A coded value as the page shows it (男, 建档立卡); blank as —. */
const coded = (set: 'gender' | 'povertyStatus' | 'priorEducation' | 'level', code: string, l: Lang) => (LABELS[set] as Record<string, Record<Lang, string>>)[code]?.[l] ?? code;

/** Each field an update can change: its value before (from the register) and after (as the import would write it), as words. */
const SHOWN: Partial<Record<StudentImportField, (s: Student | StudentInput, v: ReadValues, l: Lang, before: boolean) => string>> = {
  name: (s) => s.name,
  studentNo: (s) => s.studentNo ?? '',
  gender: (s, _v, l) => coded('gender', s.gender, l),
  ethnicity: (s) => s.ethnicity,
  birthDate: (s) => s.birthDate,
  phone: (s) => s.phone,
  homeProvince: (s) => s.homeProvince,
  homeCity: (s) => s.homeCity,
  homeCounty: (s) => s.homeCounty,
  homeTown: (s) => s.homeTown,
  homeVillage: (s) => s.homeVillage,
  povertyStatus: (s, _v, l) => coded('povertyStatus', s.povertyStatus, l),
  guardianName: (s) => s.guardianName,
  guardianRelation: (s) => s.guardianRelation,
  guardianPhone: (s) => s.guardianPhone,
  priorEducation: (s, _v, l) => coded('priorEducation', s.priorEducation, l),
  level: (s, _v, l) => coded('level', s.level, l),
  enrolmentDate: (s) => s.enrolmentDate,
  expectedGraduation: (s) => s.expectedGraduation ?? '',
  dormitory: (s, _v, l) => (s.dormitory ? (l === 'zh' ? '是' : 'Yes') : l === 'zh' ? '否' : 'No'),
  bankName: (s) => s.bankName,
  bankAccount: (s) => s.bankAccount,
  bankAccountName: (s) => s.bankAccountName,
  notes: (s) => s.notes,
  // The groups by name: the register's names before, the sheet's after.
  project: (s, v, _l, before) => (before ? (s as Student).projectName : (v.project ?? (s as Student).projectName)),
  cohort: (s, v, _l, before) => (before ? (s as Student).cohortName : (v.cohort ?? (s as Student).cohortName)),
  major: (s, v, _l, before) => (before ? ((s as Student).majorName ?? '') : (v.major ?? '')),
  className: (s, v, _l, before) => (before ? ((s as Student).className ?? '') : (v.className ?? '')),
  counsellor: (s, v, _l, before) => (before ? ((s as Student).counsellorName ?? '') : (v.counsellor ?? '')),
};

/** The same register field compared by its stored value, so 2019/9/1 against 2019-09-01 is no change. */
const STORED: Partial<Record<StudentImportField, keyof StudentInput>> = { project: 'projectId', cohort: 'cohortId', major: 'majorId', className: 'classId', counsellor: 'counsellorId' };

/** What an update changes, field by field, for the columns the sheet filled: old → new, in words. */
export function describe(locale: Locale, before: Student, after: StudentInput, read: ReadValues, headers: StudentSheet['headers']): ImportChange<StudentImportField>[] {
  const l = lang(locale);
  const changes: ImportChange<StudentImportField>[] = [];
  for (const field of Object.keys(read) as StudentImportField[]) {
    const shown = SHOWN[field];
    if (!shown) continue;
    const key = STORED[field] ?? (field as keyof StudentInput);
    if ((before as unknown as Record<string, unknown>)[key] === after[key]) continue;
    changes.push({ field, header: headers[field] ?? field, before: shown(before, read, l, true), after: shown({ ...before, ...after } as Student, read, l, false) });
  }
  return changes;
}
