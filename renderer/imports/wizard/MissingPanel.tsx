import { Checkbox, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  title: string;
  intro: string;
  /** the names, as the kind lists them */
  children: ReactNode;
  createLabel: string;
  create: boolean;
  onCreate: (create: boolean) => void;
  busy: boolean;
}

/** What the file names that the register lacks (classes, employers…), with the choice to make them in the same step. */
export function MissingPanel({ title, intro, children, createLabel, create, onCreate, busy }: Props) {
  return (
    <Paper withBorder p="sm" bg="yellow.0" data-testid="preview-missing">
      <Stack gap={6}>
        <Title order={5}>{title}</Title>
        <Text size="sm" c="dimmed">
          {intro}
        </Text>
        {children}
        <Checkbox mt={4} label={createLabel} checked={create} disabled={busy} onChange={(e) => onCreate(e.currentTarget.checked)} data-testid="preview-create-missing" />
      </Stack>
    </Paper>
  );
}
