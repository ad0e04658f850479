import { Route, Routes } from 'react-router';
import { StudentPage } from './detail/StudentPage';
import { StudentFormPage } from './form/StudentFormPage';
import { StudentListPage } from './list/StudentListPage';

/** `/students/*`: the register, a new student, one student, and its edit form. */
export function StudentRoutes() {
  return (
    <Routes>
      <Route index element={<StudentListPage />} />
      <Route path="new" element={<StudentFormPage />} />
      <Route path=":id" element={<StudentPage />} />
      <Route path=":id/edit" element={<StudentFormPage />} />
    </Routes>
  );
}
