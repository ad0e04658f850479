import { Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi, useApiMutation } from '../api/hooks';
import { isDesktop } from './hostTrouble';

/**
 * 开机时启动 for the office host, on 局域网 in its own desktop window (a browser cannot set the
 * host PC's Windows sign-in): main starts it hidden in the tray, serving.
 */
export function StartAtLoginSwitch() {
  return isDesktop() ? <DesktopSwitch /> : null;
}

function DesktopSwitch() {
  const { t } = useTranslation('connect');
  const state = useApi('connect.state', {}, { staleTime: Infinity });
  const set = useApiMutation('connect.setStartAtLogin');
  if (state.data?.mode !== 'own') return null;
  return (
    <Switch
      label={t('startAtLogin')}
      description={t('startAtLoginHint')}
      checked={state.data.startAtLogin}
      disabled={set.isPending}
      onChange={(e) => set.mutate({ enabled: e.currentTarget.checked })}
      data-testid="start-at-login"
    />
  );
}
