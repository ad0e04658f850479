import { Tooltip, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';

/** A number of the statistics: what it is made of on hover, the students behind it on a click. */
export function FigureButton({ hint, onClick, testId, children }: { hint: string; onClick(): void; testId: string; children: ReactNode }) {
  return (
    <Tooltip label={hint} withArrow openDelay={200}>
      <UnstyledButton fz="sm" td="underline dotted" onClick={onClick} data-testid={testId}>
        {children}
      </UnstyledButton>
    </Tooltip>
  );
}
