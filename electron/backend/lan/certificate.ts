import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';
import { writeWhole } from '../wholeFile';

/**
 * The host's TLS certificate for the office network: made once, on first use, with a kept library
 * (selfsigned), and kept in the data folder. Nobody on a campus network issues certificates, so
 * clients trust it by its fingerprint (pinned at first connection, compared by a person) and
 * browsers by installing it.
 */
export interface HostCertificate {
  key: string;
  cert: string;
  /** SHA-256 of the certificate, AA:BB:…, as a person compares it and as Node and Windows show it */
  fingerprint: string;
  /** base64 SHA-256 of the public key (SPKI): what Chromium's --ignore-certificate-errors-spki-list pins */
  spki: string;
  notAfter: string;
}

const FOLDER = 'lan';
const KEY = 'host-key.pem';
const CERT = 'host-cert.pem';
/** Long enough that nobody re-pins every client in the school's lifetime of a PC. */
const YEARS = 20;

/** Where the host keeps its certificate (the page reads its fingerprint from there). */
export const certificateFile = (dataDir: string) => path.join(dataDir, FOLDER, CERT);

/** The certificate's fingerprints and end, read from its PEM. */
export function describeCertificate(cert: string): Omit<HostCertificate, 'key' | 'cert'> {
  const x509 = new crypto.X509Certificate(cert);
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return { fingerprint: x509.fingerprint256, spki: crypto.createHash('sha256').update(spki).digest('base64'), notAfter: new Date(x509.validTo).toISOString() };
}

/** This PC's IPv4 addresses on the office network now (loopback aside). */
export const lanAddresses = (): string[] =>
  Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);

/** The names and addresses the certificate is made for: this PC's name, loopback and each of its IPv4 addresses now. */
export function hostNames(): { dns: string[]; ips: string[] } {
  return { dns: [...new Set(['localhost', os.hostname()])], ips: [...new Set(['127.0.0.1', ...lanAddresses()])] };
}

/** The host's certificate, made now when the data folder has none (or only half of one). */
export async function ensureCertificate(dataDir: string, names = hostNames(), now = new Date()): Promise<HostCertificate> {
  const dir = path.join(dataDir, FOLDER);
  const [keyFile, certFile] = [path.join(dir, KEY), path.join(dir, CERT)];
  if (fs.existsSync(keyFile) && fs.existsSync(certFile)) {
    const [key, cert] = [fs.readFileSync(keyFile, 'utf8'), fs.readFileSync(certFile, 'utf8')];
    return { key, cert, ...describeCertificate(cert) };
  }
  const notAfterDate = new Date(now);
  notAfterDate.setUTCFullYear(now.getUTCFullYear() + YEARS);
  const pems = await generate([{ name: 'commonName', value: `帮扶生管理系统 ${os.hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [...names.dns.map((value) => ({ type: 2 as const, value })), ...names.ips.map((ip) => ({ type: 7 as const, ip }))] },
    ],
  });
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The key first, each written whole: a half-written pair is never read back as a certificate.
  writeWhole(keyFile, pems.private);
  writeWhole(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, ...describeCertificate(pems.cert) };
}
