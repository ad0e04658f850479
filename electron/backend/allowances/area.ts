import { sql } from 'drizzle-orm';
import { allowanceBatches, allowancePolicies } from '../../../db/schema';
import type { BackendArea } from '../area';
import { batchesHandlers } from './batches';
import { policiesHandlers } from './policies';

/** 资助发放: the allowance policies, and (to come) their batches, notices, sheets and bank files. */
export const allowancesArea: BackendArea<keyof typeof policiesHandlers | keyof typeof batchesHandlers> = {
  handlers: { ...policiesHandlers, ...batchesHandlers },
  auditEntities: {
    allowance_policy: (id) => sql`SELECT ${allowancePolicies.name} FROM ${allowancePolicies} WHERE ${allowancePolicies.id} = ${id}`,
    // 2026-0007 生活补贴 2026-11
    allowance_batch: (id) =>
      sql`SELECT ${allowanceBatches.batchNo} || ' ' || ${allowancePolicies.name} || ' ' || ${allowanceBatches.period} FROM ${allowanceBatches} JOIN ${allowancePolicies} ON ${allowancePolicies.id} = ${allowanceBatches.policyId} WHERE ${allowanceBatches.id} = ${id}`,
  },
};
