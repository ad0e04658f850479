import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import type { AuthStatus } from '../../electron/contract/auth';
import type { User } from '../../electron/contract/users';
import { onUnauthenticated } from '../api/client';
import { useApi } from '../api/hooks';

const SessionContext = createContext<AuthStatus | null>(null);

/** Loads who is signed in; children render only once that is known. */
export function SessionProvider({ children, fallback }: { children: (status: AuthStatus) => ReactNode; fallback: ReactNode }) {
  const client = useQueryClient();
  const status = useApi('auth.status', {}, { staleTime: Infinity });
  useEffect(
    () =>
      onUnauthenticated(() => {
        // Forget everything cached under the old session, then ask again who (if anyone) is signed in.
        client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'auth.status' });
        void status.refetch();
      }),
    [client, status],
  );
  if (!status.data) return <>{fallback}</>;
  return <SessionContext.Provider value={status.data}>{children(status.data)}</SessionContext.Provider>;
}

/** The signed-in user; only used below the login gate. */
export function useCurrentUser(): User {
  const status = useContext(SessionContext);
  if (!status?.user) throw new Error('useCurrentUser outside a signed-in area');
  return status.user;
}

export function useSchoolName(): string {
  return useContext(SessionContext)?.schoolName ?? '';
}
