import { Route, Routes } from 'react-router';
import { CheckinFormPage } from './form/CheckinFormPage';
import { MonthPage } from './month/MonthPage';

/** `/checkins/*`: the month's list, and one student's check-in for a month. */
export function CheckinRoutes() {
  return (
    <Routes>
      <Route index element={<MonthPage />} />
      <Route path=":month/:studentId" element={<CheckinFormPage />} />
    </Routes>
  );
}
