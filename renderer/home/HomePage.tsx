import { Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { HomeCard } from '../area';
import { AREAS } from '../areas';
import { canRoleCall } from '../auth/permissions';
import { useCurrentUser } from '../auth/session';
import { currentLocale } from '../i18n';
import { GettingStarted } from '../onboarding/GettingStarted';

const CARDS: HomeCard[] = AREAS.flatMap<HomeCard>((area) => ('homeCards' in area && area.homeCards ? area.homeCards : [])).sort((a, b) => a.order - b.order);

/** `/home`: the getting-started checklist until the install is set up, then each card the user's role may see. */
export function HomePage() {
  const { t } = useTranslation('home');
  const user = useCurrentUser();
  const cards = CARDS.filter((c) => canRoleCall(user.role, c.needs));
  return (
    <Stack gap="md">
      <div>
        <Title order={3}>{t('greeting', { name: user.displayName })}</Title>
        <Text size="sm" c="dimmed">
          {new Date().toLocaleDateString(currentLocale(), { dateStyle: 'full' })}
        </Text>
      </div>
      <GettingStarted />
      {cards.map(({ key, card: Card }) => (
        <Paper key={key} withBorder p="md" data-testid={`home-card-${key}`}>
          <Suspense fallback={<Center h={120}><Loader size="sm" /></Center>}>
            <Card />
          </Suspense>
        </Paper>
      ))}
    </Stack>
  );
}
