import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A coloured label that is never cut short in a narrow table column; English labels stay in sentence case. */
export function Tag({ children, ...rest }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge variant="light" radius="sm" tt="none" styles={{ label: { overflow: 'visible' } }} {...rest}>
      {children}
    </Badge>
  );
}
