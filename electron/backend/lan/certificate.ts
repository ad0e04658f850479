import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeWhole } from '../wholeFile';
import { issueServer, makeAuthority, scopeOf, type Issued, type Names, type Scope } from './issue';

/**
 * Host mode's certificates, made on first use and kept in the data folder (lan/). Nobody on a
 * campus network issues certificates, so the host is its own small authority: desktop clients pin
 * the authority (its fingerprint compared by a person at first connection), phones and browsers
 * install it once from the host's 安装证书 page, and the server certificate it signs is signed anew
 * when the PC's addresses change, without anyone installing anything again.
 */
export interface HostCertificate {
  key: string;
  /** the server certificate, then the authority: the chain the host presents */
  cert: string;
  /** the authority's certificate (PEM): what clients pin and phones install */
  authority: string;
  /** SHA-256 of the authority, AA:BB:…, as a person compares it and as Windows, Android and iOS show it */
  fingerprint: string;
  /** base64 SHA-256 of the server key (SPKI): what Chromium's --ignore-certificate-errors-spki-list pins */
  spki: string;
  /** when the authority ends */
  notAfter: string;
}

const FOLDER = 'lan';
const FILES = { caKey: 'ca-key.pem', caCert: 'ca-cert.pem', key: 'host-key.pem', cert: 'host-cert.pem' } as const;
/** Long enough that nobody installs it again in the lifetime of a PC. */
const AUTHORITY_YEARS = 20;
/** Apple refuses server certificates valid longer than 825 days, even under an authority the user added. */
const SERVER_DAYS = 800;
/** Signed anew this long before it ends (host mode starts daily with the app). */
const RENEW_DAYS = 60;
const DAY_MS = 86_400_000;
/** Valid from a day back: a phone whose clock is a little behind must not find the certificate "not yet valid". */
const from = (now: Date) => new Date(now.getTime() - DAY_MS);

/** The office network's private ranges and loopback; the PC's own networks are added when the authority is made. */
const PRIVATE_RANGES = ['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10', '169.254.0.0/16'];

/** Where the host keeps the authority phones install (the page reads its fingerprint from there). */
export const authorityFile = (dataDir: string) => path.join(dataDir, FOLDER, FILES.caCert);

/** SHA-256 fingerprint, SPKI hash and end of a PEM certificate. */
export function describeCertificate(cert: string): { fingerprint: string; spki: string; notAfter: string } {
  const x509 = new crypto.X509Certificate(cert);
  const spki = x509.publicKey.export({ type: 'spki', format: 'der' });
  return { fingerprint: x509.fingerprint256, spki: crypto.createHash('sha256').update(spki).digest('base64'), notAfter: new Date(x509.validTo).toISOString() };
}

/** This PC's IPv4 addresses on the office network now (loopback aside). */
export const lanAddresses = (): string[] => lanInterfaces().map((i) => i.address);

const lanInterfaces = () =>
  Object.values(os.networkInterfaces())
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal);

/**
 * This PC's name as a DNS name, or null when Windows was given one no certificate can carry (张三的电脑):
 * then the host is reached by its address alone.
 */
export function dnsNameOf(hostName: string): string | null {
  const name = hostName.toLowerCase();
  return /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(name) ? name : null;
}

/** The names and addresses the server certificate is made for: this PC's name (and its .local for mDNS), loopback and each IPv4 address now. */
export function hostNames(): Names {
  const name = dnsNameOf(os.hostname());
  return { dns: ['localhost', ...(name ? [name, `${name}.local`] : [])], ips: [...new Set(['127.0.0.1', ...lanAddresses()])] };
}

/** The network an interface's CIDR names (202.116.5.7/24 → 202.116.5.0/24). */
export function networkOf(cidr: string): string {
  const [address, bits] = cidr.split('/');
  const value = address!.split('.').reduce((n, part) => (n << 8) | Number(part), 0) >>> 0;
  const mask = Number(bits) === 0 ? 0 : (0xffffffff << (32 - Number(bits))) >>> 0;
  const network = (value & mask) >>> 0;
  return `${[24, 16, 8, 0].map((shift) => (network >>> shift) & 255).join('.')}/${bits}`;
}

const inRange = (ip: string, cidr: string) => networkOf(`${ip}/${cidr.split('/')[1]}`) === cidr;

/** What the authority may sign for, fixed when it is made: see Scope. */
export function scopeFor(names: Names, cidrs: readonly string[] = lanInterfaces().flatMap((i) => (i.cidr ? [i.cidr] : []))): Scope {
  const own = cidrs.map(networkOf).filter((net) => !PRIVATE_RANGES.some((range) => inRange(net.split('/')[0]!, range)));
  return { dns: [...new Set([...names.dns.filter((n) => !n.endsWith('.local')), 'local'])], ipRanges: [...new Set([...PRIVATE_RANGES, ...own])] };
}

/** Addresses the authority may not vouch for (the PC moved to another public network) are left out of the server certificate. */
function withinScope(names: Names, authority: string): Names {
  const ranges = scopeOf(authority)?.ipRanges;
  return ranges ? { dns: names.dns, ips: names.ips.filter((ip) => ranges.some((range) => inRange(ip, range))) } : names;
}

function read(dir: string, a: string, b: string): Issued | null {
  const [key, cert] = [path.join(dir, a), path.join(dir, b)];
  return fs.existsSync(key) && fs.existsSync(cert) ? { key: fs.readFileSync(key, 'utf8'), cert: fs.readFileSync(cert, 'utf8') } : null;
}

/** Each written whole, the key first: a half-written pair is never read back as a certificate. */
function write(dir: string, a: string, b: string, issued: Issued) {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeWhole(path.join(dir, a), issued.key);
  writeWhole(path.join(dir, b), issued.cert);
}

/** Whether the server certificate still serves: signed by this authority, not near its end, and naming every name wanted. */
function stillGood(server: Issued, authority: Issued, names: Names, now: Date): boolean {
  const cert = new crypto.X509Certificate(server.cert);
  if (!cert.checkIssued(new crypto.X509Certificate(authority.cert)) || !cert.verify(crypto.createPublicKey(authority.key))) return false;
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_DAYS * DAY_MS) return false;
  const has = new Set((cert.subjectAltName ?? '').split(', '));
  return names.dns.every((n) => has.has(`DNS:${n}`)) && names.ips.every((ip) => has.has(`IP Address:${ip}`));
}

/**
 * The host's certificates: the authority made when the data folder has none, the server
 * certificate signed anew when it is missing, from another authority, near its end or missing one
 * of `names` (a new address from DHCP). Its key is kept, so its SPKI hash stays the same.
 */
export async function ensureCertificate(dataDir: string, names = hostNames(), now = new Date()): Promise<HostCertificate> {
  const dir = path.join(dataDir, FOLDER);
  let authority = read(dir, FILES.caKey, FILES.caCert);
  if (!authority) {
    const until = new Date(now);
    until.setUTCFullYear(now.getUTCFullYear() + AUTHORITY_YEARS);
    authority = await makeAuthority(`帮扶生管理系统 ${os.hostname()} 本机证书`, scopeFor(names), from(now), until);
    write(dir, FILES.caKey, FILES.caCert, authority);
  }
  const wanted = withinScope(names, authority.cert);
  let server = read(dir, FILES.key, FILES.cert);
  if (!server || !stillGood(server, authority, wanted, now)) {
    server = await issueServer(authority, wanted, from(now), new Date(now.getTime() + SERVER_DAYS * DAY_MS), server?.key);
    write(dir, FILES.key, FILES.cert, server);
  }
  const { fingerprint, notAfter } = describeCertificate(authority.cert);
  return { key: server.key, cert: server.cert + authority.cert, authority: authority.cert, fingerprint, spki: describeCertificate(server.cert).spki, notAfter };
}
