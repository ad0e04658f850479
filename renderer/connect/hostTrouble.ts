import { useSyncExternalStore } from 'react';
import { currentHostTrouble, onHostTrouble, type HostTrouble } from '../api/client';

/** The office host's trouble as the last calls found it (renderer/api/client.ts), re-rendering when it changes. */
export function useHostTrouble(): HostTrouble {
  return useSyncExternalStore(onHostTrouble, currentHostTrouble);
}

/** Only the desktop app has a main to ask what this PC is; a browser always talks to a host. */
export const isDesktop = () => Boolean(window.bangfu);
