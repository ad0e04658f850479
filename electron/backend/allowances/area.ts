import { sql } from 'drizzle-orm';
import { allowancePolicies } from '../../../db/schema';
import type { BackendArea } from '../area';
import { policiesHandlers } from './policies';

/** 资助发放: the allowance policies, and (to come) their batches, notices, sheets and bank files. */
export const allowancesArea: BackendArea<keyof typeof policiesHandlers> = {
  handlers: policiesHandlers,
  auditEntities: {
    allowance_policy: (id) => sql`SELECT ${allowancePolicies.name} FROM ${allowancePolicies} WHERE ${allowancePolicies.id} = ${id}`,
  },
};
