import { sql } from 'drizzle-orm';
import { companies } from '../../../db/schema';
import type { BackendArea } from '../area';
import { companiesHandlers } from './companies';

/** 实习就业: the company directory (internships, placements and follow-ups to come). */
export const placementsArea: BackendArea<keyof typeof companiesHandlers> = {
  handlers: companiesHandlers,
  auditEntities: {
    company: (id) => sql`SELECT ${companies.name} FROM ${companies} WHERE ${companies.id} = ${id}`,
  },
};
