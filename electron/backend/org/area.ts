import { eq, sql } from 'drizzle-orm';
import { classes, cohorts, majors, projects } from '../../../db/schema';
import type { BackendArea } from '../area';
import { orgHandlers } from './handlers';

/** The register's reference lists: 帮扶项目, 批次, 专业, 班级. */
export const orgArea: BackendArea<keyof typeof orgHandlers> = {
  handlers: orgHandlers,
  auditEntities: {
    project: (id) => sql`SELECT ${projects.name} FROM ${projects} WHERE ${eq(projects.id, id)}`,
    // Every project has its own “2024级”, so a cohort is named with its project.
    cohort: (id) =>
      sql`SELECT ${projects.name} || ' ' || ${cohorts.name} FROM ${cohorts} JOIN ${projects} ON ${eq(projects.id, cohorts.projectId)} WHERE ${eq(cohorts.id, id)}`,
    major: (id) => sql`SELECT ${majors.name} FROM ${majors} WHERE ${eq(majors.id, id)}`,
    class: (id) => sql`SELECT ${classes.name} FROM ${classes} WHERE ${eq(classes.id, id)}`,
  },
};
