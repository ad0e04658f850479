import { sql } from 'drizzle-orm';
import { companies, internships, placements, students } from '../../../db/schema';
import type { BackendArea } from '../area';
import { companiesHandlers } from './companies';
import { internshipsHandlers } from './internships';
import { placementsHandlers } from './placements';

/** 实习就业: the company directory, each student's internships and where each graduate went (follow-ups to come). */
export const placementsArea: BackendArea<keyof typeof companiesHandlers | keyof typeof internshipsHandlers | keyof typeof placementsHandlers> = {
  handlers: { ...companiesHandlers, ...internshipsHandlers, ...placementsHandlers },
  auditEntities: {
    company: (id) => sql`SELECT ${companies.name} FROM ${companies} WHERE ${companies.id} = ${id}`,
    // 黄小明 比亚迪（深圳）有限公司
    internship: (id) =>
      sql`SELECT ${students.name} || ' ' || ${companies.name} FROM ${internships} JOIN ${students} ON ${students.id} = ${internships.studentId} JOIN ${companies} ON ${companies.id} = ${internships.companyId} WHERE ${internships.id} = ${id}`,
    placement: (id) => sql`SELECT ${students.name} FROM ${placements} JOIN ${students} ON ${students.id} = ${placements.studentId} WHERE ${placements.id} = ${id}`,
  },
};
