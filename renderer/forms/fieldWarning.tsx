import { Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

/**
 * A yellow hint under the input: something unusual that may be a typing mistake, which the
 * person saving may keep (unlike an error, which refuses the save).
 */
export function warningProps(warning: string | null | undefined) {
  if (!warning) return {};
  return {
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    description: (
      <Group component="span" gap={4} wrap="nowrap" align="flex-start" data-testid="field-warning">
        <IconAlertTriangle size={14} color="var(--mantine-color-yellow-8)" style={{ flexShrink: 0, marginTop: 1 }} />
        <Text span size="xs" c="yellow.9">
          {warning}
        </Text>
      </Group>
    ),
  };
}
