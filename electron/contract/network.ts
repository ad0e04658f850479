import { z } from 'zod';
import { method } from './define';
import type { Role } from './roles';

/**
 * 局域网: who is signed in from where, and the host's certificate for the office network (host
 * mode, electron/backend/lan). The administrator may end any session.
 */
export interface ConnectedSession {
  /** the first half of the session's token hash: enough to name it, nothing to sign in with */
  id: string;
  userName: string;
  role: Role;
  /** the network address it was last seen from; null: this PC's own window */
  address: string | null;
  /** the browser or app, as its User-Agent names it */
  device: string | null;
  since: string;
  lastSeenAt: string | null;
  /** the caller's own session */
  self: boolean;
}

/** Host mode as set, and what the HTTPS listener is doing (it runs in the process that owns the sockets). */
export interface HostMode {
  enabled: boolean;
  port: number;
  /** listening now on this port; null: off, or not started yet */
  servingPort: number | null;
  /** why it does not listen although turned on (the port is taken) */
  problem: string | null;
  /** where other PCs and phones open it */
  urls: string[];
}

export interface NetworkStatus {
  host: HostMode;
  /** the host's certificate, once host mode made one */
  certificate: { fingerprint: string; notAfter: string } | null;
  /** where this PC can be reached: its IPv4 addresses and name */
  addresses: string[];
  hostName: string;
  sessions: ConnectedSession[];
}

/** What a phone or another PC needs to trust the host: the authority it installs, and the fingerprint to compare. */
export interface TrustInfo {
  fingerprint: string;
  /** SHA-1, the only fingerprint Windows' certificate window shows */
  sha1: string;
  notAfter: string;
  /** where the host serves the authority's certificate, relative to the app's address */
  file: string;
}

const ADMIN: readonly Role[] = ['admin'];

export const networkMethods = {
  'network.status': method<NetworkStatus>()({ input: z.object({}), roles: ADMIN, write: false }),
  /** for the 安装证书 page a phone opens before anyone signs in there; null until host mode made the certificate */
  'network.trust': method<TrustInfo | null>()({ input: z.object({}), roles: 'public', write: false }),
  /** host mode on or off, on a port; the certificate is made when it is first turned on */
  'network.setHost': method<NetworkStatus>()({
    input: z.object({ enabled: z.boolean(), port: z.number('required').int('invalid_value').min(1024, 'port_range').max(65535, 'port_range') }),
    roles: ADMIN,
    write: true,
    affects: ['network'],
  }),
  /** signs a session out (a lost phone, a PC left signed in); its owner must sign in again there */
  'network.endSession': method<null>()({ input: z.object({ id: z.string().regex(/^[0-9a-f]{16,64}$/, 'invalid_value') }), roles: ADMIN, write: true, affects: ['network'] }),
};
