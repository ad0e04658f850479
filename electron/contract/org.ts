import { z } from 'zod';
import { method } from './define';
import { id, isoDate, optionalId, requiredText, text, versionField } from './fields';
import { ALL_ROLES, REGISTER_EDITORS } from './roles';

/** 帮扶项目, 批次, 专业 and 班级: the register's reference lists, all edited the same way. */
export const PROJECT_MODELS = ['1+2', '3+2', 'full_time', 'other'] as const;

export const projectFields = z.object({
  name: requiredText(50),
  partnerProvince: text(30),
  partnerCity: text(30),
  partnerCounty: text(30),
  partnerSchool: text(100),
  agreementDate: isoDate.nullable(),
  model: z.enum(PROJECT_MODELS, 'required'),
  notes: text(2000),
});

export const cohortFields = z.object({
  projectId: z.number('required').int().positive(),
  intakeYear: z.number('required').int().min(2000, 'year_range').max(2100, 'year_range'),
  name: requiredText(50),
  plannedSize: z.number().int().min(0).nullable(),
});

export const majorFields = z.object({
  name: requiredText(50),
  code: text(20),
});

export const classFields = z.object({
  name: requiredText(50),
  majorId: optionalId,
  cohortId: optionalId,
  headTeacherId: optionalId,
});

interface Versioned {
  id: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type Project = z.output<typeof projectFields> & Versioned & { studentCount: number };
export type Cohort = z.output<typeof cohortFields> & Versioned & { projectName: string; studentCount: number };
export type Major = z.output<typeof majorFields> & Versioned & { studentCount: number };
export type SchoolClass = z.output<typeof classFields> &
  Versioned & { majorName: string | null; cohortName: string | null; headTeacherName: string | null; studentCount: number };

/**
 * The register's lists. Each shows the others' names and student counts, so a write to any of
 * them, or to a student, changes what all of them read.
 */
export const REGISTER_READS = ['projects', 'cohorts', 'majors', 'classes', 'students'] as const;
/** A change of status changes who has graduated: the placements and the outcome statistics read that too. */
export const STATUS_READS = [...REGISTER_READS, 'placements'] as const;

/** list / create / update / delete for one reference list; the same roles for all four. */
function referenceList<Row, F extends z.ZodObject>(fields: F) {
  return {
    list: method<Row[]>()({ input: z.object({}), roles: ALL_ROLES, write: false }),
    create: method<Row>()({ input: fields, roles: REGISTER_EDITORS, write: true, affects: REGISTER_READS }),
    update: method<Row>()({
      input: fields.extend({ id, version: versionField }) as z.ZodObject<F['shape'] & { id: typeof id; version: typeof versionField }>,
      roles: REGISTER_EDITORS,
      write: true,
      affects: REGISTER_READS,
    }),
    remove: method<{ id: number }>()({ input: z.object({ id, version: versionField }), roles: REGISTER_EDITORS, write: true, affects: REGISTER_READS }),
  };
}

const projects = referenceList<Project, typeof projectFields>(projectFields);
const cohorts = referenceList<Cohort, typeof cohortFields>(cohortFields);
const majors = referenceList<Major, typeof majorFields>(majorFields);
const classes = referenceList<SchoolClass, typeof classFields>(classFields);

export const orgMethods = {
  'projects.list': projects.list,
  'projects.create': projects.create,
  'projects.update': projects.update,
  'projects.remove': projects.remove,
  'cohorts.list': cohorts.list,
  'cohorts.create': cohorts.create,
  'cohorts.update': cohorts.update,
  'cohorts.remove': cohorts.remove,
  'majors.list': majors.list,
  'majors.create': majors.create,
  'majors.update': majors.update,
  'majors.remove': majors.remove,
  'classes.list': classes.list,
  'classes.create': classes.create,
  'classes.update': classes.update,
  'classes.remove': classes.remove,
};
