import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function StudentRoutes() {
  const { t } = useTranslation('students');
  return <Title order={3}>{t('title')}</Title>;
}
