import { Stack } from '@mantine/core';
import { IconBuildingBank, IconChartBar, IconFileDollar, IconHeartHandshake, IconListDetails } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { AreaTabs } from '../ui/AreaTabs';
import { BankTemplatesPage } from './bankfile/BankTemplatesPage';
import { BatchPage } from './batches/BatchPage';
import { BatchesPage } from './batches/BatchesPage';
import { NewBatchPage } from './batches/NewBatchPage';
import { HardshipPage } from './hardship/HardshipPage';
import { PoliciesPage } from './policies/PoliciesPage';
import { TotalsPage } from './totals/TotalsPage';

const TABS = [
  { path: 'batches', icon: IconFileDollar },
  { path: 'hardship', icon: IconHeartHandshake },
  { path: 'totals', icon: IconChartBar },
  { path: 'policies', icon: IconListDetails },
  // shown to the roles that may read it (a leader has no use for the banks' file layouts)
  { path: 'banks', icon: IconBuildingBank, needs: 'bankTemplates.list' },
] as const;

type Tab = (typeof TABS)[number]['path'];

/** `/allowances/*`: the batches (a new one, one batch), what they paid in all, and the policies they are made by. */
export function AllowanceRoutes() {
  const { t } = useTranslation('allowances');
  return (
    <Stack gap="md">
      <AreaTabs area="allowances" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
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
        <Route path="hardship" element={<HardshipPage />} />
        <Route path="totals" element={<TotalsPage />} />
        <Route path="policies" element={<PoliciesPage />} />
        <Route
          path="banks"
          element={
            <RequireCall method="bankTemplates.list">
              <BankTemplatesPage />
            </RequireCall>
          }
        />
      </Routes>
    </Stack>
  );
}
