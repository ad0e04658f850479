import { sql } from 'drizzle-orm';
import { allowanceBatches, allowancePolicies, bankTemplates, hardshipRequests, students } from '../../../db/schema';
import type { BackendArea } from '../area';
import { bankFileHandlers } from './bankFile';
import { bankTemplatesHandlers } from './bankTemplates';
import { batchesHandlers } from './batches';
import { hardshipHandlers } from './hardship';
import { ledgerHandlers } from './ledger';
import { linesHandlers } from './lines';
import { policiesHandlers } from './policies';
import { sheetsHandlers } from './sheets';
import { totalsHandlers } from './totals';
import { totalsLinesHandlers } from './totalsLines';
import { workflowHandlers } from './workflow';

type Methods =
  | keyof typeof policiesHandlers
  | keyof typeof batchesHandlers
  | keyof typeof linesHandlers
  | keyof typeof workflowHandlers
  | keyof typeof ledgerHandlers
  | keyof typeof totalsHandlers
  | keyof typeof totalsLinesHandlers
  | keyof typeof hardshipHandlers
  | keyof typeof sheetsHandlers
  | keyof typeof bankTemplatesHandlers
  | keyof typeof bankFileHandlers;

/** 资助发放: the allowance policies; their batches, lines and workflow; their printed sheets; their bank files and the banks' templates. */
export const allowancesArea: BackendArea<Methods> = {
  handlers: {
    ...policiesHandlers,
    ...batchesHandlers,
    ...linesHandlers,
    ...workflowHandlers,
    ...ledgerHandlers,
    ...totalsHandlers,
    ...totalsLinesHandlers,
    ...hardshipHandlers,
    ...sheetsHandlers,
    ...bankTemplatesHandlers,
    ...bankFileHandlers,
  },
  auditEntities: {
    // 黄小明 临时困难补助
    hardship_request: (id) =>
      sql`SELECT ${students.name} || ' ' || ${allowancePolicies.name} FROM ${hardshipRequests} JOIN ${students} ON ${students.id} = ${hardshipRequests.studentId} JOIN ${allowancePolicies} ON ${allowancePolicies.id} = ${hardshipRequests.policyId} WHERE ${hardshipRequests.id} = ${id}`,
    allowance_policy: (id) => sql`SELECT ${allowancePolicies.name} FROM ${allowancePolicies} WHERE ${allowancePolicies.id} = ${id}`,
    // 2026-0007 生活补贴 2026-11
    allowance_batch: (id) =>
      sql`SELECT ${allowanceBatches.batchNo} || ' ' || ${allowancePolicies.name} || ' ' || ${allowanceBatches.period} FROM ${allowanceBatches} JOIN ${allowancePolicies} ON ${allowancePolicies.id} = ${allowanceBatches.policyId} WHERE ${allowanceBatches.id} = ${id}`,
    bank_template: (id) => sql`SELECT ${bankTemplates.name} FROM ${bankTemplates} WHERE ${bankTemplates.id} = ${id}`,
  },
};
