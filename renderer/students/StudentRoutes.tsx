import { Route, Routes } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { StudentPage } from './detail/StudentPage';
import { StudentFormPage } from './form/StudentFormPage';
import { StudentListPage } from './list/StudentListPage';

/** `/students/*`: the register, a new student, one student, and its edit form. */
export function StudentRoutes() {
  return (
    <Routes>
      <Route index element={<StudentListPage />} />
      <Route
        path="new"
        element={
          <RequireCall method="students.create">
            <StudentFormPage />
          </RequireCall>
        }
      />
      <Route path=":id" element={<StudentPage />} />
      <Route
        path=":id/edit"
        element={
          <RequireCall method="students.update">
            <StudentFormPage />
          </RequireCall>
        }
      />
    </Routes>
  );
}
