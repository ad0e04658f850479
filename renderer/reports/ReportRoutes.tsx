import { Navigate, Route, Routes } from 'react-router';
import { NoticeReport } from './allowances/NoticeReport';
import { SheetReport } from './allowances/SheetReport';
import { SheetSummaryReport } from './allowances/SheetSummaryReport';
import { SummaryReport } from './checkins/SummaryReport';
import { OutcomesReport } from './outcomes/OutcomesReport';
import { ProgressSubmissionReport } from './progressSubmission/ProgressSubmissionReport';
import { ProgressReport } from './progress/ProgressReport';
import { DossierReport } from './dossier/DossierReport';
import { RosterReport } from './roster/RosterReport';
import { RegisterFormReport } from './student/RegisterFormReport';
import { ProgrammeSummaryReport } from './summary/SummaryReport';

/**
 * `/print/*`: the reports, outside the app's frame (no navigation or header: the page is the paper).
 * The desktop app prints exactly these routes (electron/backend/ipc/print-request.ts lists them too).
 */
export function ReportRoutes() {
  return (
    <Routes>
      <Route path="roster" element={<RosterReport />} />
      <Route path="student/:id" element={<RegisterFormReport />} />
      <Route path="checkin-summary" element={<SummaryReport />} />
      <Route path="allowance-sheet/:id" element={<SheetReport />} />
      <Route path="allowance-summary/:id" element={<SheetSummaryReport />} />
      <Route path="allowance-notice/:id" element={<NoticeReport />} />
      <Route path="dossier" element={<DossierReport />} />
      <Route path="outcomes" element={<OutcomesReport />} />
      <Route path="progress-submission/:id" element={<ProgressSubmissionReport />} />
      <Route path="progress" element={<ProgressReport />} />
      <Route path="summary" element={<ProgrammeSummaryReport />} />
      <Route path="*" element={<Navigate to="/students" replace />} />
    </Routes>
  );
}
