import { Navigate, Route, Routes } from 'react-router';
import { PoliciesPage } from './policies/PoliciesPage';

/** `/allowances/*`: the policies (batches, notices and sheets come next). */
export function AllowanceRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="policies" replace />} />
      <Route path="policies" element={<PoliciesPage />} />
    </Routes>
  );
}
