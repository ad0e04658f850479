import { Route, Routes } from 'react-router';
import { SubmissionPage } from './SubmissionPage';
import { SubmissionsList } from './SubmissionsList';

/** `/reporting/submissions`: the reports sent, and one of them as sent beside today's figures. */
export function SubmissionsRoutes() {
  return (
    <Routes>
      <Route index element={<SubmissionsList />} />
      <Route path=":id" element={<SubmissionPage />} />
    </Routes>
  );
}
