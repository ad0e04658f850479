import crypto from 'node:crypto';
import https from 'node:https';
import type { PeerCertificate } from 'node:tls';

/**
 * A client's trust in the host: the certificate it was shown at first connection and whose
 * fingerprint a person compared with the host's page. Later connections accept that certificate
 * alone (whatever name or address the host is reached by, since DHCP moves it), so a changed
 * certificate, whether renewed or an impostor's, is refused until someone compares it again.
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

/** What a host presents, read without trusting it: for the person to compare before it is pinned. */
export function firstLook(url: string): Promise<Pin> {
  return new Promise((resolve, reject) => {
    const request = https.request(url, { method: 'HEAD', rejectUnauthorized: false, agent: false }, (res) => {
      const peer = (res.socket as import('node:tls').TLSSocket).getPeerCertificate();
      res.resume();
      resolve({ cert: pemOf(peer.raw), fingerprint: peer.fingerprint256 });
    });
    request.on('error', reject);
    request.end();
  });
}

/**
 * An agent that speaks only to the pinned certificate: it is the one trust anchor (so the TLS
 * handshake itself checks the host holds its key), and its fingerprint must match exactly.
 */
export function pinnedAgent(pin: Pin): https.Agent {
  return new https.Agent({
    ca: pin.cert,
    keepAlive: true,
    checkServerIdentity: (_host: string, cert: PeerCertificate) =>
      cert.fingerprint256 === pin.fingerprint ? undefined : new PinMismatch(pin.fingerprint, cert.fingerprint256),
  });
}

/** SHA-256 of a PEM certificate as `AA:BB:…`, to compare with what a host shows. */
export const fingerprintOf = (cert: string) => new crypto.X509Certificate(cert).fingerprint256;

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
