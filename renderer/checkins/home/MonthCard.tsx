import { Button, Center, Group, Loader, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { addMonths } from '../../../electron/contract/schoolMonths';
import { useApi } from '../../api/hooks';
import { currentLocale } from '../../i18n';
import { coverageText, monthLabel, thisMonth } from '../shared/months';

/** 本月监测 on the home page: how much of this month is logged, what is open, and last month's leftovers. */
export function MonthCard() {
  const { t } = useTranslation('checkins');
  const locale = currentLocale();
  const month = thisMonth();
  const last = addMonths(month, -1);
  const now = useApi('checkins.month', { month }).data;
  const before = useApi('checkins.month', { month: last }).data;
  if (!now || !before)
    return (
      <Center h={80}>
        <Loader size="sm" />
      </Center>
    );
  const expected = now.rows.length;
  const done = now.rows.filter((r) => r.state === 'done').length;
  const overdue = before.rows.filter((r) => r.state !== 'done').length;
  return (
    <Stack gap="xs" data-testid="checkins-card">
      <Title order={4}>{t('home.title')}</Title>
      {expected === 0 ? (
        <Text size="sm" c="dimmed">
          {t('home.nothing', { month: monthLabel(month, locale) })}
        </Text>
      ) : (
        <>
          <Text size="sm" data-testid="checkins-card-text">
            {t('home.text', { month: monthLabel(month, locale), done, expected, coverage: coverageText(done, expected, locale) })}
          </Text>
          <Progress value={(done / expected) * 100} color="teal" />
        </>
      )}
      <Group gap="md">
        {expected > done && (
          <Text size="sm" c="dimmed">
            {t('home.open', { count: expected - done })}
          </Text>
        )}
        {overdue > 0 && (
          <Text size="sm" c="red" component={Link} to={`/checkins?month=${last}&show=todo`} data-testid="checkins-card-overdue">
            {t('home.overdue', { count: overdue })}
          </Text>
        )}
        {expected > done && (
          <Button size="xs" variant="light" component={Link} to="/checkins?show=todo">
            {t('home.go')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
