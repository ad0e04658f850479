import type { MethodDef } from './define';
import { allowanceBankFilesMethods } from './allowanceBankFiles';
import { allowanceBatchesMethods } from './allowanceBatches';
import { allowanceLedgerMethods, allowanceTotalsMethods } from './allowanceLedger';
import { allowancePoliciesMethods } from './allowancePolicies';
import { allowanceSheetsMethods } from './allowanceSheets';
import { allowanceTotalsLinesMethods } from './allowanceTotalsLines';
import { allowanceWorkflowMethods } from './allowanceWorkflow';
import { auditMethods } from './audit';
import { backupsMethods } from './backups';
import { networkMethods } from './network';
import { connectMethods } from './connect';
import { authMethods } from './auth';
import { bulkMethods } from './bulk';
import { checkinsMethods } from './checkins';
import { companiesMethods } from './companies';
import { coverageMethods } from './coverage';
import { dossiersMethods } from './dossiers';
import { exportMethods } from './export';
import { followUpsMethods } from './followups';
import { hardshipMethods } from './hardship';
import { importsMethods } from './imports';
import { importDisbursementsMethods } from './importDisbursements';
import { importPlacementsMethods } from './importPlacements';
import { importStudentsMethods } from './importStudents';
import { internshipsMethods } from './internships';
import { internshipVisitsMethods } from './internshipVisits';
import { placementFollowUpsMethods } from './placementFollowUps';
import { outcomesMethods } from './outcomes';
import { placementsMethods } from './placements';
import { reportingMethods } from './reporting';
import { reportingSubmissionsMethods } from './reportingSubmissions';
import { reportingDashboardMethods } from './reportingDashboard';
import { reportingSummaryMethods } from './reportingSummary';
import { orgMethods } from './org';
import { overviewMethods } from './overview';
import { rosterMethods } from './roster';
import { settingsMethods } from './settings';
import { studentsMethods } from './students';
import { trainingsMethods } from './trainings';
import { usersMethods } from './users';
import { warningsMethods } from './warnings';

/** The whole API: method name → input schema, roles, result type. Both transports serve exactly this. */
export const contract = {
  ...authMethods,
  ...usersMethods,
  ...settingsMethods,
  ...auditMethods,
  ...orgMethods,
  ...studentsMethods,
  ...overviewMethods,
  ...bulkMethods,
  ...rosterMethods,
  ...exportMethods,
  ...checkinsMethods,
  ...coverageMethods,
  ...followUpsMethods,
  ...warningsMethods,
  ...allowancePoliciesMethods,
  ...allowanceBatchesMethods,
  ...allowanceWorkflowMethods,
  ...allowanceLedgerMethods,
  ...hardshipMethods,
  ...allowanceTotalsMethods,
  ...allowanceTotalsLinesMethods,
  ...allowanceSheetsMethods,
  ...allowanceBankFilesMethods,
  ...companiesMethods,
  ...internshipsMethods,
  ...internshipVisitsMethods,
  ...placementsMethods,
  ...placementFollowUpsMethods,
  ...outcomesMethods,
  ...reportingMethods,
  ...reportingSubmissionsMethods,
  ...reportingSummaryMethods,
  ...reportingDashboardMethods,
  ...dossiersMethods,
  ...importsMethods,
  ...backupsMethods,
  ...networkMethods,
  ...connectMethods,
  ...importStudentsMethods,
  ...importPlacementsMethods,
  ...importDisbursementsMethods,
  ...trainingsMethods,
} satisfies Record<string, MethodDef>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type { InputOf, ParsedInputOf, ResultOf } from './define';
