import { useMantineTheme } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the window is narrower than the `sm` breakpoint, where AppShell folds the navigation
 * away: a counsellor's phone. The same edge as `hiddenFrom="sm"`, for a page that lays out
 * differently there rather than only hiding a part. Read at the first render, so a page does
 * not draw the desktop layout once before the phone's.
 */
export function usePhone(): boolean {
  const { breakpoints } = useMantineTheme();
  return !useMediaQuery(`(min-width: ${breakpoints.sm})`, undefined, { getInitialValueInEffect: false });
}
