import { sql } from 'drizzle-orm';
import { companies, internships, internshipVisits, placementFollowUps, placements, students } from '../../../db/schema';
import type { BackendArea } from '../area';
import { companiesHandlers } from './companies';
import { followUpsHandlers } from './followUps';
import { internshipsHandlers } from './internships';
import { outcomesHandlers } from './outcomes/handlers';
import { internshipsBulkHandlers } from './internshipsBulk';
import { internshipVisitsHandlers } from './internshipVisits';
import { placementsHandlers } from './placements';

/** 实习就业: the company directory, each student's internships, where each graduate went and the follow-ups after. */
export const placementsArea: BackendArea<
  | keyof typeof companiesHandlers
  | keyof typeof internshipsHandlers
  | keyof typeof internshipsBulkHandlers
  | keyof typeof internshipVisitsHandlers
  | keyof typeof placementsHandlers
  | keyof typeof followUpsHandlers
  | keyof typeof outcomesHandlers
> = {
  handlers: { ...companiesHandlers, ...internshipsHandlers, ...internshipsBulkHandlers, ...internshipVisitsHandlers, ...placementsHandlers, ...followUpsHandlers, ...outcomesHandlers },
  auditEntities: {
    company: (id) => sql`SELECT ${companies.name} FROM ${companies} WHERE ${companies.id} = ${id}`,
    // 黄小明 比亚迪（深圳）有限公司
    internship: (id) =>
      sql`SELECT ${students.name} || ' ' || ${companies.name} FROM ${internships} JOIN ${students} ON ${students.id} = ${internships.studentId} JOIN ${companies} ON ${companies.id} = ${internships.companyId} WHERE ${internships.id} = ${id}`,
    // 黄小明 比亚迪（深圳）有限公司 2026-05-12
    internship_visit: (id) =>
      sql`SELECT ${students.name} || ' ' || ${companies.name} || ' ' || ${internshipVisits.visitedOn} FROM ${internshipVisits} JOIN ${internships} ON ${internships.id} = ${internshipVisits.internshipId} JOIN ${students} ON ${students.id} = ${internships.studentId} JOIN ${companies} ON ${companies.id} = ${internships.companyId} WHERE ${internshipVisits.id} = ${id}`,
    placement: (id) => sql`SELECT ${students.name} FROM ${placements} JOIN ${students} ON ${students.id} = ${placements.studentId} WHERE ${placements.id} = ${id}`,
    placement_follow_up: (id) =>
      sql`SELECT ${students.name} || ' ' || ${placementFollowUps.point} || '个月' FROM ${placementFollowUps} JOIN ${placements} ON ${placements.id} = ${placementFollowUps.placementId} JOIN ${students} ON ${students.id} = ${placements.studentId} WHERE ${placementFollowUps.id} = ${id}`,
  },
};
