import { DEFAULT_LAN_PORT } from '../machine/config';

/**
 * The host's address as a person types it (192.168.1.20, 192.168.1.20:5443, office-pc, or a whole
 * https:// address copied from the host's page) as the base URL the client calls; null when it is
 * not an address. Without a port, host mode's default.
 */
export function hostUrl(typed: string): string | null {
  const text = typed
    .trim()
    .replace(/^https:\/\//i, '')
    .replace(/\/+$/, '');
  const match = /^(\[[0-9a-fA-F:.]+\]|[^\s:/?#@[\]]+)(?::(\d{1,5}))?$/.exec(text);
  if (!match) return null;
  const port = match[2] ? Number(match[2]) : DEFAULT_LAN_PORT;
  if (port < 1 || port > 65535) return null;
  try {
    const url = new URL(`https://${match[1]}:${port}/`);
    return `https://${url.hostname}:${port}`;
  } catch {
    return null;
  }
}

/** The `host:port` part of a host's URL, as messages name it. */
export const hostLabel = (url: string) => {
  const { hostname, port } = new URL(url);
  return `${hostname}:${port || 443}`;
};
