import { z } from 'zod';
import { method } from './define';
import { ALL_ROLES } from './roles';
import { listInput, type LEVELS, type POVERTY_STATUSES, type StudentStatus } from './students';

/** The most students one printed roster holds: a whole programme year and more (some 180 landscape pages). */
export const ROSTER_MAX = 5000;

/** What a roster row may show besides 序号, 姓名 and the class it is grouped under. */
export interface RosterValues {
  studentNo: string | null;
  gender: 'M' | 'F';
  ethnicity: string;
  /** whole only for roles that see whole numbers and only when asked; masked otherwise */
  idNumber: string;
  /** the year alone (YYYY) for roles that see masked numbers, as on the student page */
  birthDate: string;
  phone: string;
  /** 籍贯 down to the county: province, city and county, space-separated */
  home: string;
  povertyStatus: (typeof POVERTY_STATUSES)[number];
  guardianName: string;
  guardianPhone: string;
  projectName: string;
  cohortName: string;
  majorName: string | null;
  level: (typeof LEVELS)[number];
  counsellorName: string | null;
  status: StudentStatus;
  enrolmentDate: string;
  dormitory: boolean;
}

export const ROSTER_COLUMNS = [
  'studentNo',
  'gender',
  'ethnicity',
  'idNumber',
  'birthDate',
  'phone',
  'home',
  'povertyStatus',
  'guardianName',
  'guardianPhone',
  'projectName',
  'cohortName',
  'majorName',
  'level',
  'counsellorName',
  'status',
  'enrolmentDate',
  'dormitory',
] as const satisfies readonly (keyof RosterValues)[];
export type RosterColumn = (typeof ROSTER_COLUMNS)[number];

/** One student of the roster: the chosen columns only (what is not printed is not sent). */
export type RosterRow = { id: number; name: string; classId: number | null; className: string | null } & Partial<Pick<RosterValues, RosterColumn>>;

export interface Roster {
  rows: RosterRow[];
  /** whether the 身份证号 column holds whole numbers (asked for, and allowed for the role) */
  wholeIds: boolean;
  /** the names of the filters' records, for the report's subtitle (null: that filter is not set) */
  filterNames: { project: string | null; cohort: string | null; major: string | null; class: string | null; counsellor: string | null };
}

/** The register's selection (search and filters, as the list sends them), the columns, and whether whole 身份证号 are wanted. */
export const rosterInput = listInput
  .pick({ q: true, projectId: true, cohortId: true, majorId: true, classId: true, counsellorId: true, status: true })
  .extend({
    columns: z.array(z.enum(ROSTER_COLUMNS)).max(ROSTER_COLUMNS.length).default([]),
    wholeIds: z.boolean().default(false),
  });
export type RosterInput = z.input<typeof rosterInput>;

export const rosterMethods = {
  /**
   * Every student the list's selection finds, class by class and by pinyin within a class, for the
   * printed 花名册. Audited as a print: it hands out personal data in bulk, whole 身份证号 among it.
   */
  'students.roster': method<Roster>()({ input: rosterInput, roles: ALL_ROLES, write: false }),
};
