import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** The check-in area's pages, side by side at the top of each. */
const PAGES = [
  { to: '/checkins', label: 'pages.month' },
  { to: '/checkins/followups', label: 'pages.followups' },
  { to: '/checkins/coverage', label: 'pages.coverage' },
  { to: '/checkins/warnings', label: 'pages.warnings' },
] as const;

export function CheckinPages() {
  const { t } = useTranslation('checkins');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <SegmentedControl
      size="xs"
      value={PAGES.find((p) => p.to === pathname)?.to ?? PAGES[0].to}
      onChange={(to) => navigate(to)}
      data={PAGES.map((p) => ({ value: p.to, label: t(p.label) }))}
      data-testid="checkin-pages"
    />
  );
}
