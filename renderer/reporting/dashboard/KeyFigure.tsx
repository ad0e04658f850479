import { Anchor, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface FigureNumberProps {
  value: string;
  hint?: string;
  onOpen?: () => void;
  to?: string;
  size?: number;
  testId: string;
}

/** A clickable number: its list on a click (or a page to go to), what it is made of on hover. */
export function FigureNumber({ value, hint, onOpen, to, size = 28, testId }: FigureNumberProps) {
  const text = (
    <Text fz={size} fw={700} lh={1.2} td="underline dotted" style={{ textUnderlineOffset: 4 }} span>
      {value}
    </Text>
  );
  const target = to ? (
    <Anchor component={Link} to={to} c="inherit" underline="never" data-testid={testId}>
      {text}
    </Anchor>
  ) : (
    <UnstyledButton onClick={onOpen} data-testid={testId}>
      {text}
    </UnstyledButton>
  );
  return hint ? (
    <Tooltip label={hint} withArrow openDelay={200} multiline maw={320}>
      {target}
    </Tooltip>
  ) : (
    target
  );
}

/** One key figure of the dashboard: what it is, the number, its target mark, and the counts under it. */
export function KeyFigure({ title, subtitle, testId, children }: { title: string; subtitle?: string; testId: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Stack gap={6}>
        <div>
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {subtitle && (
            <Text size="xs" c="dimmed">
              {subtitle}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
