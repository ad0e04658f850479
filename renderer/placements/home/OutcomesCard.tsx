import { BarChart } from '@mantine/charts';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { percentOf } from '../../../electron/contract/outcomes';
import { useApi } from '../../api/hooks';
import { percent } from '../outcomes/outcomeCells';

/** The years the card's chart shows, the latest last. */
const YEARS = 6;

/** 毕业生就业 on the home page: 就业率(含升学) of the last classes, the latest in words, and the follow-ups due. */
export function OutcomesCard() {
  const { t } = useTranslation('outcomes');
  const stats = useApi('placements.outcomes', { by: 'graduationYear' }).data;
  const due = useApi('placementFollowUps.due', {}).data;
  if (!stats) return null;
  const rows = stats.rows.slice(-YEARS);
  const latest = rows[rows.length - 1];
  return (
    <Stack gap="xs" data-testid="outcomes-card">
      <Group justify="space-between">
        <Title order={4}>{t('home.title')}</Title>
        <Button size="xs" variant="subtle" component={Link} to="/placements/outcomes">
          {t('home.go')}
        </Button>
      </Group>
      {latest ? (
        <>
          <Text size="sm" data-testid="outcomes-card-text">
            {t('home.rate', { year: latest.label, rate: percent(latest.figures.employed.n, latest.figures.employed.d), n: latest.figures.employed.n, d: latest.figures.employed.d })}
          </Text>
          <BarChart
            h={140}
            data={rows.map((r) => ({ year: r.label, employed: percentOf(r.figures.employed.n, r.figures.employed.d) }))}
            dataKey="year"
            unit="%"
            yAxisProps={{ domain: [0, 100], width: 40 }}
            series={[{ name: 'employed', label: t('rate.employed'), color: 'teal.6' }]}
          />
        </>
      ) : (
        <Text size="sm" c="dimmed">
          {t('home.none')}
        </Text>
      )}
      {due && due.length > 0 && (
        <Text size="sm" c="orange.8" component={Link} to="/placements/follow-ups" data-testid="outcomes-card-due">
          {t('home.due', { count: due.length })}
        </Text>
      )}
    </Stack>
  );
}
