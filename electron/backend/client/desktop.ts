import { isConnectMethod } from '../../contract/connect';
import { resolveLocale } from '../../contract/messages';
import type { Backend } from '../rpc/dispatch';
import { toErrorBody } from '../rpc/error-body';
import { AppError } from '../rpc/errors';
import type { RemoteBackend } from './remote';

export type DesktopMode = 'undecided' | 'own' | 'client';

/**
 * The backend main's IPC transport calls, whatever this PC is: its own backend host (own), the
 * office host (client), or nothing yet (first start). What this PC is (connect.*) is main's own
 * answer except on a PC with its own data, whose backend answers it. Switching keeps the
 * transport, so windows and printing go on; a session of another host simply is not known there.
 */
export interface DesktopBackend extends Backend {
  readonly mode: DesktopMode;
  useOwn(backend: Backend): void;
  useHost(remote: RemoteBackend): void;
}

export function createDesktopBackend(connect: Backend): DesktopBackend {
  let mode: DesktopMode = 'undecided';
  let current: Backend | null = null;
  let remote: RemoteBackend | null = null;

  const switchTo = (next: DesktopMode, backend: Backend, nextRemote: RemoteBackend | null) => {
    remote?.close();
    mode = next;
    current = backend;
    remote = nextRemote;
  };

  return {
    get mode() {
      return mode;
    },
    useOwn: (backend) => switchTo('own', backend, null),
    useHost: (host) => switchTo('client', host, host),
    async call(request, token, client) {
      if (mode !== 'own' && isConnectMethod(request.method)) return connect.call(request, token, client);
      // Before the choice only connect.* is answered: the page asking it is all the renderer shows.
      if (!current) return { envelope: { ok: false, error: toErrorBody(new AppError('unavailable'), resolveLocale(request.locale)) }, session: null };
      return current.call(request, token, client);
    },
  };
}
