/** The frozen print of a submission (renderer/reports/ReportRoutes.tsx; electron/backend/ipc/print-request.ts lets main print it). */
export const submissionPrintPath = (id: number): string => `/print/progress-submission/${id}`;
