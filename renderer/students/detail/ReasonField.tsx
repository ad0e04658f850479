import { Textarea, type TextareaProps } from '@mantine/core';

/**
 * A required reason (for a status change, or for withdrawing one). Its placeholder is an example,
 * so it stays dimmed when the field is marked: Mantine colours placeholders of marked fields like
 * the error, and the example then read as a second error message.
 */
export function ReasonField(props: TextareaProps & { name: string }) {
  return (
    <Textarea
      withAsterisk
      autosize
      minRows={3}
      data-testid={`status-${props.name}`}
      styles={{ input: { '--input-placeholder-color': 'var(--mantine-color-placeholder)' } as Record<string, string> }}
      {...props}
    />
  );
}
