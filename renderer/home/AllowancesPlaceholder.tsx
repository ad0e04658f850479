import { Button, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCoinYuan } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCanCall } from '../auth/permissions';

/** Where the allowances area's card will be, until there is one. */
export function AllowancesPlaceholder() {
  const { t } = useTranslation('home');
  const canList = useCanCall('students.list');
  return (
    <Paper withBorder p="md" data-testid="home-card-allowances-placeholder">
      <Group align="flex-start" wrap="nowrap" gap="md">
        <ThemeIcon size={40} radius="md" variant="light" color="yellow">
          <IconCoinYuan size={24} />
        </ThemeIcon>
        <Stack gap={6} align="flex-start">
          <Title order={4}>{t('allowances.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('allowances.text')}
          </Text>
          {canList && (
            <Button component={Link} to="/students" variant="light" size="xs" mt={4}>
              {t('allowances.toRegister')}
            </Button>
          )}
        </Stack>
      </Group>
    </Paper>
  );
}
