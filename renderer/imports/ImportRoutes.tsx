import { Navigate, Route, Routes } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { StudentImportPage } from './students/StudentImportPage';

/** `/imports/*`: one page per kind of workbook; the student roster is the first. */
export function ImportRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="students" replace />} />
      <Route
        path="students"
        element={
          <RequireCall method="imports.previewStudents">
            <StudentImportPage />
          </RequireCall>
        }
      />
    </Routes>
  );
}
