import { Route, Routes } from 'react-router';
import { CheckinFormPage } from './form/CheckinFormPage';
import { CoveragePage } from './coverage/CoveragePage';
import { FollowUpsPage } from './followups/FollowUpsPage';
import { MonthPage } from './month/MonthPage';
import { WarningsPage } from './warnings/WarningsPage';

/** `/checkins/*`: the month's list, and one student's check-in for a month. */
export function CheckinRoutes() {
  return (
    <Routes>
      <Route index element={<MonthPage />} />
      <Route path="coverage" element={<CoveragePage />} />
      <Route path="followups" element={<FollowUpsPage />} />
      <Route path="warnings" element={<WarningsPage />} />
      <Route path=":month/:studentId" element={<CheckinFormPage />} />
    </Routes>
  );
}
