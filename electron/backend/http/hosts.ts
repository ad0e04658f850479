import type { AddressInfo } from 'node:net';
import os from 'node:os';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::']);

/** A host name or address as a URL spells it (lower case, IPv6 in brackets), or null when it is none. */
function normalize(name: string): string | null {
  const bare = name.replace(/%.*$/, ''); // an IPv6 zone (fe80::1%eth0) is never part of a Host header
  try {
    return new URL(`http://${bare.includes(':') && !bare.startsWith('[') ? `[${bare}]` : bare}`).hostname;
  } catch {
    return null;
  }
}

/**
 * The names a browser on this machine or the network may use to reach the server: loopback, the
 * address it listens on, and — when it listens on every interface — each interface's address and
 * the computer's name (bare and .local), plus `extra` (e.g. the --host name as typed).
 */
export function allowedHostNames(listening: AddressInfo, extra: readonly string[] = []): Set<string> {
  const names = [...LOOPBACK, listening.address, ...extra];
  if (WILDCARD.has(listening.address)) {
    names.push(os.hostname(), `${os.hostname()}.local`); // .local: the name mDNS answers to on the office network
    for (const list of Object.values(os.networkInterfaces())) names.push(...(list ?? []).map((i) => i.address));
  }
  return new Set(names.map(normalize).filter((n): n is string => n !== null));
}

/**
 * Refuses DNS rebinding: a page from evil.example whose name now points at 127.0.0.1 sends
 * `Host: evil.example:PORT`, which names none of ours.
 */
export function isAllowedHost(header: string | undefined, port: number, names: Set<string>): boolean {
  // Only host[:port]: no user info, path, query or fragment for the URL parser to skip over.
  if (!header || /[\s@/?#\\]/.test(header)) return false;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return false;
  }
  const sentPort = url.port === '' ? 80 : Number(url.port);
  return sentPort === port && names.has(url.hostname);
}
