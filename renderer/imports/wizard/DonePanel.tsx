import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconFileImport, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportDone } from '../../../electron/contract/importRows';
import type { ImportSpec } from './spec';

const FIGURES = ['created', 'updated', 'unchanged', 'skipped'] as const;

/** What the import wrote, with the way to the register and to the next file. */
export function DonePanel({ spec, done, onAnother }: { spec: ImportSpec; done: ImportDone; onAnother: () => void }) {
  const { t } = useTranslation('imports');
  return (
    <Paper withBorder p="lg" mt="md" maw={720} data-testid="import-done">
      <Stack gap="md">
        <Group gap="xs">
          <IconCircleCheck size={28} color="var(--mantine-color-teal-6)" />
          <Title order={3}>{t('done.title')}</Title>
        </Group>
        <SimpleGrid cols={4}>
          {FIGURES.map((key) => (
            <Stack key={key} gap={0} data-testid={`import-done-${key}`}>
              <Text size="sm" c="dimmed">
                {t(`done.${key}`)}
              </Text>
              <Text size="xl" fw={700}>
                {done[key].toLocaleString()}
              </Text>
            </Stack>
          ))}
        </SimpleGrid>
        <Text size="sm">{t(`kinds.${spec.kind}.summary`, { ...done })}</Text>
        <Group>
          <Button component={Link} to={spec.doneLink} leftSection={<IconUsers size={16} />} data-testid="import-to-register">
            {t(`kinds.${spec.kind}.link`)}
          </Button>
          <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={onAnother} data-testid="import-another">
            {t('done.another')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
