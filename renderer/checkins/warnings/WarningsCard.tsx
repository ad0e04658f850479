import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';

/** 预警 on the home page: how many students are flagged, how many the office has still to look at. */
export function WarningsCard() {
  const { t } = useTranslation('checkins');
  const flags = useApi('checkins.warnings', {}).data;
  if (!flags) return null;
  const open = flags.filter((w) => !w.review).length;
  return (
    <Stack gap="xs" data-testid="warnings-card">
      <Title order={4}>{t('warnings.card.title')}</Title>
      <Group gap="md">
        <Text size="sm" data-testid="warnings-card-count">
          {t('warnings.card.text', { count: flags.length })}
        </Text>
        {open > 0 && (
          <Text size="sm" c="red">
            {t('warnings.card.open', { count: open })}
          </Text>
        )}
        <Button size="xs" variant="light" component={Link} to="/checkins/warnings">
          {t('warnings.card.go')}
        </Button>
      </Group>
    </Stack>
  );
}
