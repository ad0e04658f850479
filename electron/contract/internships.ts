import { z } from 'zod';
import { fen } from './allowancePolicies';
import { method } from './define';
import { id, isoDate, requiredText, text, versionField } from './fields';
import type { Role } from './roles';
import type { StudentStatus } from './students';

/**
 * 实习 (职业学校学生实习管理规定, 2016; revised as 教职成〔2021〕4号): 认识实习, 跟岗实习 and 顶岗实习;
 * from the revision on, 跟岗 and 顶岗 are one kind, 岗位实习. Records from before keep their kind.
 */
export const INTERNSHIP_KINDS = ['recognition', 'follow', 'placement', 'post'] as const;
export type InternshipKind = (typeof INTERNSHIP_KINDS)[number];

/** 岗位实习 exists from 2021 on; 跟岗 and 顶岗 end with 2021. */
export const POST_KIND_FROM = '2021-01-01';
export const OLD_KINDS_UNTIL = '2021-12-31';

/** Work placements (not 认识实习): the papers must be in hand before they start, and no first-year student goes. */
export const WORK_KINDS: readonly InternshipKind[] = ['follow', 'placement', 'post'];

/** 三方协议, 家长知情同意书, 安全责任书, 实习保险. */
export const INTERNSHIP_DOCUMENTS = ['agreement', 'guardianConsent', 'safetyPledge', 'insurance'] as const;
export type InternshipDocument = (typeof INTERNSHIP_DOCUMENTS)[number];

export const internshipFields = z.object({
  studentId: id,
  kind: z.enum(INTERNSHIP_KINDS, 'required'),
  companyId: z.number('required').int().positive('required'),
  position: text(50),
  city: text(30),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  monthlyPayFen: fen.nullable(),
  companySupervisor: text(30),
  schoolSupervisor: text(30),
  agreement: z.boolean(),
  guardianConsent: z.boolean(),
  safetyPledge: z.boolean(),
  insurance: z.boolean(),
  evaluation: text(500),
  notes: text(500),
});
export type InternshipInput = z.output<typeof internshipFields>;

export interface Internship extends InternshipInput {
  id: number;
  companyName: string;
  /** papers a work placement still lacks (none for 认识实习) */
  missingDocuments: InternshipDocument[];
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** An internship in the list across students: whose it is, besides what it holds. */
export interface InternshipRow extends Internship {
  studentName: string;
  className: string | null;
}

/** The most one list answers with; filters narrow it. */
export const INTERNSHIPS_MAX = 500;

export const internshipFilters = z.object({
  kind: z.enum(INTERNSHIP_KINDS).nullable().default(null),
  companyId: id.nullable().default(null),
  city: text(30).default(''),
  /** going on that day */
  on: isoDate.nullable().default(null),
  /** work placements still lacking a paper */
  missingDocuments: z.boolean().default(false),
});

/** The most students one 整班录入 takes: a class, however large. */
export const CLASS_INTERNSHIPS_MAX = 200;

/** 整班录入: students of one class going to one company on the same terms; each internship is then the student's own. */
export const classInternshipFields = internshipFields.omit({ studentId: true, evaluation: true }).extend({
  classId: z.number('required').int().positive('required'),
  /** null: every student of the class the caller reaches who is in school on the start date */
  studentIds: z.array(id).min(1, 'internship_class_none').max(CLASS_INTERNSHIPS_MAX).nullable().default(null),
});
export type ClassInternshipInput = z.output<typeof classInternshipFields>;

/** A student of the class, with their status on the day asked (null: not enrolled yet). */
export interface ClassStudent {
  id: number;
  name: string;
  studentNo: string | null;
  status: StudentStatus | null;
}

/** Counsellors record their own students' internships, the office anyone's; leaders read. */
const EDITORS: readonly Role[] = ['admin', 'office', 'counsellor'];
const READERS: readonly Role[] = [...EDITORS, 'viewer'];
const affects = ['internships'] as const;

export const internshipsMethods = {
  /** across students, newest first; a counsellor's own students only */
  'internships.list': method<{ rows: InternshipRow[]; total: number }>()({ input: internshipFilters, roles: READERS, write: false }),
  /** newest first */
  'internships.ofStudent': method<Internship[]>()({ input: z.object({ studentId: id }), roles: READERS, write: false }),
  'internships.create': method<Internship>()({ input: internshipFields, roles: EDITORS, write: true, affects }),
  'internships.update': method<Internship>()({ input: internshipFields.extend({ id, version: versionField }), roles: EDITORS, write: true, affects }),
  /** a class's students (a counsellor's own), by 学号, for 整班录入 */
  'internships.classStudents': method<ClassStudent[]>()({ input: z.object({ classId: id, on: isoDate }), roles: EDITORS, write: false }),
  /** all or none: one student who cannot go refuses the lot, each named with why */
  'internships.createForClass': method<{ ids: number[] }>()({ input: classInternshipFields, roles: EDITORS, write: true, affects }),
  /** a record entered by mistake; the reason stays in the audit log */
  'internships.remove': method<null>()({ input: z.object({ id, version: versionField, reason: requiredText(200) }), roles: EDITORS, write: true, affects }),
};
