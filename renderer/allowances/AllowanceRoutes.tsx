import { Stack, Tabs } from '@mantine/core';
import { IconChartBar, IconFileDollar, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { BatchPage } from './batches/BatchPage';
import { BatchesPage } from './batches/BatchesPage';
import { NewBatchPage } from './batches/NewBatchPage';
import { PoliciesPage } from './policies/PoliciesPage';
import { TotalsPage } from './totals/TotalsPage';

const TABS = [
  { path: 'batches', icon: IconFileDollar },
  { path: 'totals', icon: IconChartBar },
  { path: 'policies', icon: IconListDetails },
] as const;

/** `/allowances/*`: the batches (a new one, one batch), what they paid in all, and the policies they are made by. */
export function AllowanceRoutes() {
  const { t } = useTranslation('allowances');
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? 'batches';
  return (
    <Stack gap="md">
      <Tabs value={current} onChange={(v) => v && navigate(`/allowances/${v}`)}>
        <Tabs.List>
          {TABS.map(({ path, icon: Icon }) => (
            <Tabs.Tab key={path} value={path} leftSection={<Icon size={16} />} data-testid={`allowances-tab-${path}`}>
              {t(`tabs.${path}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Routes>
        <Route index element={<Navigate to="batches" replace />} />
        <Route path="batches" element={<BatchesPage />} />
        <Route
          path="batches/new"
          element={
            <RequireCall method="allowances.createBatch">
              <NewBatchPage />
            </RequireCall>
          }
        />
        <Route path="batches/:id" element={<BatchPage />} />
        <Route path="totals" element={<TotalsPage />} />
        <Route path="policies" element={<PoliciesPage />} />
      </Routes>
    </Stack>
  );
}
