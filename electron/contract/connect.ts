import { z } from 'zod';
import { method } from './define';
import type { Role } from './roles';

/**
 * What this PC is, and choosing it: the desktop app either holds the office's data itself (`own`:
 * the office host, or a PC used alone) or is a client of the office host it pinned. Before any
 * backend exists (first start) and on a client, Electron's main answers these calls itself from
 * machine.json; on a PC with its own data the backend answers (`own`), and refuses the choices,
 * which belong to the first start and to clients. A browser is always talking to a host: `own`.
 */

/** A host as a client pinned it: the address used, and the certificate a person compared. */
export interface PinnedHost {
  url: string;
  /** SHA-256 of the host's certificate, AA:BB:… */
  fingerprint: string;
  /** as found on the network, or the address typed */
  name: string;
}

export type ConnectState =
  | { mode: 'undecided' }
  | { mode: 'own'; startAtLogin: boolean }
  | { mode: 'client'; host: PinnedHost };

/** A host as this PC sees it before trusting it: where it answers and the certificate it shows. */
export interface HostLook {
  url: string;
  fingerprint: string;
  name: string;
}

/** A host that announced itself on the office network (mDNS), with the fingerprint it says it has. */
export interface FoundHost {
  name: string;
  addresses: string[];
  port: number;
  /** as announced; what counts is the one shown when it is looked at */
  fingerprint: string | null;
  url: string;
}

const ADMIN: readonly Role[] = ['admin'];
const fingerprint = z.string().regex(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/, 'invalid_value');

export const connectMethods = {
  'connect.state': method<ConnectState>()({ input: z.object({}), roles: 'public', write: false }),
  /** hosts announcing themselves on the office network, listened for a few seconds */
  'connect.browse': method<FoundHost[]>()({ input: z.object({}), roles: 'public', write: false }),
  /** an address as typed (192.168.1.20 or 192.168.1.20:5443): the certificate the host there shows, not yet trusted */
  'connect.look': method<HostLook>()({
    input: z.object({ address: z.string('host_address_invalid').trim().min(1, 'host_address_invalid').max(200, 'host_address_invalid') }),
    roles: 'public',
    write: false,
  }),
  /** pins the host whose fingerprint a person compared, and makes this PC its client */
  'connect.trust': method<ConnectState>()({
    input: z.object({ url: z.url('host_address_invalid').max(300, 'too_long'), fingerprint, name: z.string().max(200, 'too_long') }),
    roles: 'public',
    write: true,
    affects: ['connect'],
  }),
  /** this PC keeps the data itself */
  'connect.useOwn': method<ConnectState>()({ input: z.object({}), roles: 'public', write: true, affects: ['connect'] }),
  /** the office host starts with Windows, in the tray (its own desktop window only) */
  'connect.setStartAtLogin': method<ConnectState>()({ input: z.object({ enabled: z.boolean() }), roles: ADMIN, write: true, affects: ['connect'] }),
};

export type ConnectMethod = keyof typeof connectMethods;

export const isConnectMethod = (name: string): name is ConnectMethod => Object.hasOwn(connectMethods, name);
