import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function SettingsRoutes() {
  const { t } = useTranslation('settings');
  return <Title order={3}>{t('title')}</Title>;
}
