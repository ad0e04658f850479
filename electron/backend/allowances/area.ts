import { sql } from 'drizzle-orm';
import { allowanceBatches, allowancePolicies } from '../../../db/schema';
import type { BackendArea } from '../area';
import { batchesHandlers } from './batches';
import { ledgerHandlers } from './ledger';
import { linesHandlers } from './lines';
import { policiesHandlers } from './policies';
import { sheetsHandlers } from './sheets';
import { totalsHandlers } from './totals';
import { workflowHandlers } from './workflow';

type Methods =
  | keyof typeof policiesHandlers
  | keyof typeof batchesHandlers
  | keyof typeof linesHandlers
  | keyof typeof workflowHandlers
  | keyof typeof ledgerHandlers
  | keyof typeof totalsHandlers
  | keyof typeof sheetsHandlers;

/** 资助发放: the allowance policies; their batches, lines and workflow; their printed sheets; (to come) bank files. */
export const allowancesArea: BackendArea<Methods> = {
  handlers: { ...policiesHandlers, ...batchesHandlers, ...linesHandlers, ...workflowHandlers, ...ledgerHandlers, ...totalsHandlers, ...sheetsHandlers },
  auditEntities: {
    allowance_policy: (id) => sql`SELECT ${allowancePolicies.name} FROM ${allowancePolicies} WHERE ${allowancePolicies.id} = ${id}`,
    // 2026-0007 生活补贴 2026-11
    allowance_batch: (id) =>
      sql`SELECT ${allowanceBatches.batchNo} || ' ' || ${allowancePolicies.name} || ' ' || ${allowanceBatches.period} FROM ${allowanceBatches} JOIN ${allowancePolicies} ON ${allowancePolicies.id} = ${allowanceBatches.policyId} WHERE ${allowanceBatches.id} = ${id}`,
  },
};
