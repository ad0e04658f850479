import { Stack } from '@mantine/core';
import { IconBriefcase, IconCoinYuan, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { RequireCall } from '../auth/RequireCall';
import { AreaTabs } from '../ui/AreaTabs';
import { DisbursementImportPage } from './disbursements/DisbursementImportPage';
import { PlacementImportPage } from './placements/PlacementImportPage';
import { StudentImportPage } from './students/StudentImportPage';

const TABS = [
  { path: 'students', icon: IconUsers, page: StudentImportPage },
  { path: 'placements', icon: IconBriefcase, page: PlacementImportPage },
  { path: 'disbursements', icon: IconCoinYuan, page: DisbursementImportPage },
] as const;

type Tab = (typeof TABS)[number]['path'];

/** `/imports/*`: one page per kind of workbook (the import is for those who keep the register, so every kind is theirs). */
export function ImportRoutes() {
  const { t } = useTranslation('imports');
  return (
    <RequireCall method="imports.previewStudents">
      <Stack gap="md">
        <AreaTabs area="imports" tabs={TABS} label={(path) => t(`tabs.${path as Tab}`)} />
        <Routes>
          <Route index element={<Navigate to="students" replace />} />
          {TABS.map(({ path, page: Page }) => (
            <Route key={path} path={path} element={<Page />} />
          ))}
        </Routes>
      </Stack>
    </RequireCall>
  );
}
