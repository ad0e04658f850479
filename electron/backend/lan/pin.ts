import crypto from 'node:crypto';
import https from 'node:https';
import type { DetailedPeerCertificate, PeerCertificate, TLSSocket } from 'node:tls';

/**
 * A client's trust in the host: the host's own authority (electron/backend/lan/certificate.ts), as
 * it was shown at first connection and its fingerprint compared by a person with the host's page.
 * Later connections accept a server certificate that authority signed, whatever name or address
 * the host is reached by (DHCP moves it, and the host signs a new one then), so another
 * authority, an impostor's or a reinstalled host's, is refused until someone compares it again.
 */
export interface Pin {
  cert: string;
  fingerprint: string;
}

export class PinMismatch extends Error {
  constructor(
    readonly expected: string,
    readonly presented: string,
  ) {
    super(`the host's certificate has changed: expected ${expected}, got ${presented}`);
    this.name = 'PinMismatch';
  }
}

const pemOf = (raw: Buffer) => `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').replace(/(.{64})/g, '$1\n')}\n-----END CERTIFICATE-----\n`;

/** The certificates a host presented, server first, up to the one that signed itself. */
function chainOf(peer: DetailedPeerCertificate): PeerCertificate[] {
  const chain: PeerCertificate[] = [peer];
  for (let cert = peer; cert.issuerCertificate && cert.issuerCertificate !== cert; cert = cert.issuerCertificate) chain.push(cert.issuerCertificate);
  return chain;
}

/** The authority a host presents (the top of its chain), read without trusting it: for the person to compare before it is pinned. */
export function firstLook(url: string): Promise<Pin> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: 'HEAD', rejectUnauthorized: false, agent: false }, (res) => {
      const top = chainOf((res.socket as TLSSocket).getPeerCertificate(true)).at(-1)!;
      res.resume();
      resolve({ cert: pemOf(top.raw), fingerprint: top.fingerprint256 });
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * An agent that speaks only to hosts the pinned authority vouches for: it is the one trust anchor
 * (so the TLS handshake itself checks the chain and that the host holds its key), and the chain
 * presented must end in it exactly.
 */
export function pinnedAgent(pin: Pin): https.Agent {
  return new https.Agent({
    ca: pin.cert,
    keepAlive: true,
    checkServerIdentity: (_host: string, cert: PeerCertificate) => {
      const chain = chainOf(cert as DetailedPeerCertificate);
      return chain.some((c) => c.fingerprint256 === pin.fingerprint) ? undefined : new PinMismatch(pin.fingerprint, chain.at(-1)!.fingerprint256);
    },
  });
}

/** The handshake's refusals of a certificate other than the pinned one (before checkServerIdentity is asked). */
const UNTRUSTED = new Set(['DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'CERT_SIGNATURE_FAILURE', 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY']);

/**
 * A POST to the pinned host, the body JSON; a certificate other than the pinned one is refused as
 * PinMismatch naming the one presented, so the user is told the host changed rather than a TLS code.
 */
export async function pinnedPost(url: string, pin: Pin, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; text: string }> {
  const agent = pinnedAgent(pin);
  try {
    return await new Promise((resolve, reject) => {
      const data = JSON.stringify(body);
      const request = https.request(url, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(data), ...headers } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.end(data);
    });
  } catch (e) {
    if (e instanceof PinMismatch || !UNTRUSTED.has(String((e as NodeJS.ErrnoException).code))) throw e;
    throw new PinMismatch(pin.fingerprint, (await firstLook(url)).fingerprint);
  } finally {
    agent.destroy();
  }
}

/** SHA-256 of a PEM certificate as `AA:BB:…`, to compare with what a host shows. */
export const fingerprintOf = (cert: string) => new crypto.X509Certificate(cert).fingerprint256;
