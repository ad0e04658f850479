import { Tabs } from '@mantine/core';
import type { ComponentType } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { MethodName } from '../../electron/contract';
import { canRoleCall } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';

export interface AreaTab {
  path: string;
  icon: ComponentType<{ size?: number }>;
  /** the contract method whose roles decide who sees this tab */
  needs?: MethodName;
}

/**
 * An area's tab bar (`/allowances/batches`, `/allowances/totals`…): the tab is the route's second
 * segment, so a link or the back button lands on the right tab; tabs a role may not read are left out.
 */
export function AreaTabs({ area, tabs, label }: { area: string; tabs: readonly AreaTab[]; label: (path: string) => string }) {
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? tabs[0].path;
  const role = useCurrentUser().role;
  return (
    <Tabs value={current} onChange={(v) => v && navigate(`/${area}/${v}`)}>
      <Tabs.List>
        {tabs
          .filter((tab) => !tab.needs || canRoleCall(role, tab.needs))
          .map(({ path, icon: Icon }) => (
            <Tabs.Tab key={path} value={path} leftSection={<Icon size={16} />} data-testid={`${area}-tab-${path}`}>
              {label(path)}
            </Tabs.Tab>
          ))}
      </Tabs.List>
    </Tabs>
  );
}
