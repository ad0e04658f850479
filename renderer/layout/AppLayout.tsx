import { AppShell, Badge, Burger, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useApiMutation } from '../api/hooks';
import { AREAS } from '../areas';
import { canRoleCall } from '../auth/permissions';
import { useCurrentUser, useSchoolName } from '../auth/session';
import { ChangePasswordModal } from '../auth/ChangePassword';
import { HOME_PATH } from '../home/area';
import { usePhone } from '../ui/usePhone';
import './phone.css';

/** Each area's entry, for the roles its contract lets read it (finance sees no 月度监测). */
function useNav() {
  const role = useCurrentUser().role;
  return AREAS.flatMap((area) => ('nav' in area && area.nav && canRoleCall(role, area.nav.needs) ? [area.nav] : []));
}

export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { t: ta } = useTranslation('auth');
  const user = useCurrentUser();
  const schoolName = useSchoolName();
  const location = useLocation();
  const logout = useApiMutation('auth.logout');
  const [changingPassword, setChangingPassword] = useState(false);
  const nav = useNav();
  const phone = usePhone();
  // On a phone the navigation folds away behind a menu button, leaving the page the whole width.
  const [navOpened, { toggle: toggleNav, close: closeNav }] = useDisclosure(false);
  // The next sign-in, perhaps another user's, starts at home rather than on the page this one left.
  // (A promise, not onSuccess: the page is gone by the time the logout has succeeded; a failure is shown by the hook.)
  const signOut = () => void logout.mutateAsync({}).then(() => history.replaceState(null, '', `#${HOME_PATH}`), () => {});
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 180, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={navOpened} onClick={toggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.menu')} />
            <Text fw={700}>{t('appName')}</Text>
            <Text c="dimmed" size="sm" visibleFrom="sm">
              {schoolName}
            </Text>
          </Group>
          <Menu position="bottom-end">
            <Menu.Target>
              <UnstyledButton data-testid="user-menu">
                {/* A phone's 360px holds the app's name and the user's, not the role too: that moves into the menu. */}
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" truncate={phone} maw={phone ? 96 : undefined}>
                    {user.displayName}
                  </Text>
                  {!phone && (
                    <Badge variant="light" size="sm">
                      {t(`role.${user.role}`)}
                    </Badge>
                  )}
                  <IconChevronDown size={14} />
                </Group>
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              {phone && <Menu.Label>{t(`role.${user.role}`)}</Menu.Label>}
              <Menu.Item onClick={() => setChangingPassword(true)} data-testid="menu-change-password">
                {ta('changePassword')}
              </Menu.Item>
              <Menu.Item onClick={signOut}>{t('action.logout')}</Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs">
        {nav.map(({ to, label, icon: Icon }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={t(label as never)}
            leftSection={<Icon size={18} />}
            active={location.pathname.startsWith(to)}
            onClick={closeNav}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
      <ChangePasswordModal opened={changingPassword} onClose={() => setChangingPassword(false)} />
    </AppShell>
  );
}
