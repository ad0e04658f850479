import { sql } from 'drizzle-orm';
import type { BackendArea } from '../area';
import { dashboardHandlers } from './dashboard/handlers';
import { reportingHandlers } from './handlers';
import { submissionsHandlers } from './submissions/handlers';
import { submissionPdfHandlers } from './submissions/pdf';
import { summaryHandlers } from './summary/handlers';

/** 统计报表: the yearly 进展情况表 and the lists behind its figures (exports logged as 统计报表), and the reports as sent (报送记录). */
export const reportingArea: BackendArea<
    | keyof typeof reportingHandlers
  | keyof typeof submissionsHandlers
  | keyof typeof submissionPdfHandlers
  | keyof typeof summaryHandlers
  | keyof typeof dashboardHandlers
> = {
  handlers: { ...reportingHandlers, ...submissionsHandlers, ...submissionPdfHandlers, ...summaryHandlers, ...dashboardHandlers },
  auditEntities: {
    // 2026年 省人社厅
    report_submission: (id) => sql`SELECT year || '年 ' || recipient FROM report_submissions WHERE id = ${id}`,
  },
};
