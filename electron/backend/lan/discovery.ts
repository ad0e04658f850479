import { Bonjour, type Service } from 'bonjour-service';
import net from 'node:net';
import type { FoundHost } from '../../contract/connect';

/**
 * Finding the office host on the network: the host announces `_bangfu._tcp` over mDNS with its
 * HTTPS port and its certificate's fingerprint, and a desktop app at first start listens for a few
 * seconds. bonjour-service (a kept, typed mDNS responder and browser over multicast-dns) does
 * the records and their answers; what is announced is a convenience only: a client still shows the
 * fingerprint the host presents, for a person to compare, before pinning it.
 */
export const SERVICE_TYPE = 'bangfu';

/** The TXT record: a version for later changes, and the fingerprint (95 characters, within a TXT string's 255). */
export const txtFor = (fingerprint: string) => ({ v: '1', fp: fingerprint });

type Announced = Pick<Service, 'name' | 'port' | 'addresses' | 'txt' | 'referer'>;

/** A service as announced, as the first-start page lists it; null when it is not one of ours. */
export function foundHost(service: Announced): FoundHost | null {
  if (!Number.isInteger(service.port) || service.port < 1 || service.port > 65535) return null;
  const addresses = [...new Set([...(service.addresses ?? []), ...(service.referer?.address ? [service.referer.address] : [])])].filter(
    // a link-local IPv6 address needs the interface's zone to be reached: useless in a URL
    (a) => net.isIP(a) && !/^fe80:/i.test(a),
  );
  // IPv4 first: what the host's page shows and what a person compares with.
  addresses.sort((a, b) => net.isIP(a) - net.isIP(b));
  if (!addresses.length) return null;
  const txt = (service.txt ?? {}) as Record<string, unknown>;
  const fp = typeof txt.fp === 'string' && /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/.test(txt.fp) ? txt.fp : null;
  const first = addresses[0];
  return { name: service.name, addresses, port: service.port, fingerprint: fp, url: `https://${net.isIPv6(first) ? `[${first}]` : first}:${service.port}` };
}

export interface Advertised {
  stop(): Promise<void>;
}

/** Announces this PC as the office host until stopped (host mode turned off, or the app quits). */
export function advertiseHost(
  { port, fingerprint, name }: { port: number; fingerprint: string; name: string },
  log: (message: string) => void = () => {},
): Advertised {
  // A network without multicast (or a busy port 5353) must not stop host mode: it is only announced less.
  const bonjour = new Bonjour({}, (e: Error) => log(`mDNS: ${e.message}`));
  bonjour.publish({ name, type: SERVICE_TYPE, port, txt: txtFor(fingerprint) });
  return {
    stop: () => new Promise((resolve) => bonjour.unpublishAll(() => bonjour.destroy(() => resolve()))),
  };
}

/** The hosts that answer within `ms`, each once (by name), in the order found. */
export function browseHosts(ms = 3000): Promise<FoundHost[]> {
  return new Promise((resolve) => {
    const found = new Map<string, FoundHost>();
    const bonjour = new Bonjour({}, () => {});
    const browser = bonjour.find({ type: SERVICE_TYPE }, (service) => {
      const host = foundHost(service);
      if (host) found.set(host.name, host);
    });
    setTimeout(() => {
      // Addresses may have come after a service's first answer: take each as it stands now.
      for (const service of browser.services) {
        const host = foundHost(service);
        if (host) found.set(host.name, host);
      }
      browser.stop();
      bonjour.destroy(() => resolve([...found.values()]));
    }, ms);
  });
}
