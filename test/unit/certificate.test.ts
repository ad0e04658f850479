import crypto from 'node:crypto';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { describe, expect, it } from 'vitest';
import { authorityFile, dnsNameOf, ensureCertificate, networkOf, scopeFor } from '../../electron/backend/lan/certificate';
import { issueServer, makeAuthority, scopeOf } from '../../electron/backend/lan/issue';
import { tempDir } from '../support/temp';

/**
 * Host mode's certificates: the office's own authority (what phones install and clients pin),
 * confined to office names and networks, and the server certificate it signs anew when the PC's
 * addresses change, keeping its key.
 */

const NAMES = { dns: ['localhost', 'office-pc', 'office-pc.local'], ips: ['127.0.0.1', '192.168.1.20'] };
const DAY = 86_400_000;
const sansOf = (pem: string) => new crypto.X509Certificate(pem.split(/(?<=-----END CERTIFICATE-----\n)/)[0]!).subjectAltName;

/** Whether a TLS client that trusts `authority` alone accepts a server presenting `chain` (OpenSSL's own chain checks, name constraints included). */
async function accepted(authority: string, key: string, chain: string): Promise<string> {
  const server = tls.createServer({ key, cert: chain }, (socket) => socket.end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await new Promise<string>((resolve) => {
      const port = (server.address() as AddressInfo).port;
      // the name is not checked here: the chain is, as a pinning client checks it
      const socket = tls.connect({ port, host: '127.0.0.1', ca: authority, checkServerIdentity: () => undefined }, () => {
        socket.end();
        resolve('ok');
      });
      socket.on('error', (e) => resolve(e.message));
    });
  } finally {
    server.close();
  }
}

describe('the host’s certificates', () => {
  it('make an authority that can sign server certificates only, for office names and networks', async () => {
    const dataDir = tempDir();
    const made = await ensureCertificate(dataDir, NAMES);
    const authority = new crypto.X509Certificate(made.authority);
    expect(authority.ca).toBe(true);
    expect(made.fingerprint).toBe(authority.fingerprint256);
    expect(fs.readFileSync(authorityFile(dataDir), 'utf8')).toBe(made.authority);
    expect(new Date(made.notAfter).getUTCFullYear()).toBe(new Date().getUTCFullYear() + 20);
    expect(scopeOf(made.authority)).toEqual({
      dns: ['localhost', 'office-pc', 'local'],
      ipRanges: expect.arrayContaining(['127.0.0.0/8', '10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16']),
    });

    const server = new crypto.X509Certificate(made.cert);
    expect(server.ca).toBe(false);
    expect(server.checkIssued(authority) && server.verify(authority.publicKey)).toBe(true);
    expect(server.subjectAltName).toBe('DNS:localhost, DNS:office-pc, DNS:office-pc.local, IP Address:127.0.0.1, IP Address:192.168.1.20');
    // Apple refuses server certificates valid longer than 825 days
    expect((new Date(server.validTo).getTime() - new Date(server.validFrom).getTime()) / DAY).toBeLessThanOrEqual(825);
    expect(await accepted(made.authority, made.key, made.cert)).toBe('ok');
  });

  it('cannot be used to stand in for another web site even if its key leaks', async () => {
    const otherOffice = await ensureCertificate(tempDir(), NAMES);
    const dataDir = tempDir();
    const made = await ensureCertificate(dataDir, NAMES);
    const key = fs.readFileSync(path.join(dataDir, 'lan', 'ca-key.pem'), 'utf8');
    const now = new Date();
    for (const names of [{ dns: ['www.bank.example'], ips: [] }, { dns: [], ips: ['8.8.8.8'] }]) {
      const forged = await issueServer({ key, cert: made.authority }, names, now, new Date(now.getTime() + DAY));
      expect(await accepted(made.authority, forged.key, forged.cert + made.authority)).toBe('permitted subtree violation');
    }
    // and a server certificate from another office's authority is not this one's
    expect(await accepted(otherOffice.authority, made.key, made.cert)).not.toBe('ok');
  });

  it('signs the server certificate anew for a new address or near its end, keeping its key and the authority', async () => {
    const dataDir = tempDir();
    const first = await ensureCertificate(dataDir, NAMES);
    expect(await ensureCertificate(dataDir, NAMES)).toEqual(first);

    const moved = await ensureCertificate(dataDir, { ...NAMES, ips: ['127.0.0.1', '192.168.1.77'] });
    expect(moved.cert).not.toBe(first.cert);
    expect(sansOf(moved.cert)).toContain('IP Address:192.168.1.77');
    expect({ fingerprint: moved.fingerprint, spki: moved.spki, key: moved.key }).toEqual({ fingerprint: first.fingerprint, spki: first.spki, key: first.key });

    const later = new Date(Date.now() + 790 * DAY);
    const renewed = await ensureCertificate(dataDir, { ...NAMES, ips: ['127.0.0.1', '192.168.1.77'] }, later);
    expect(new Date(new crypto.X509Certificate(renewed.cert).validTo).getTime()).toBeGreaterThan(later.getTime() + 700 * DAY);
    expect(renewed.fingerprint).toBe(first.fingerprint);
  });

  it('leaves out of the server certificate an address outside the authority’s networks', async () => {
    const dataDir = tempDir();
    await ensureCertificate(dataDir, NAMES);
    const elsewhere = await ensureCertificate(dataDir, { ...NAMES, ips: ['127.0.0.1', '192.168.1.20', '203.0.113.9'] });
    expect(sansOf(elsewhere.cert)).not.toContain('203.0.113.9');
    expect(await accepted(elsewhere.authority, elsewhere.key, elsewhere.cert)).toBe('ok');
  });

  it('replaces a self-signed certificate of an earlier version by one under an authority, keeping the key', async () => {
    const dataDir = tempDir();
    const now = new Date();
    const old = await makeAuthority('old', { dns: ['localhost'], ipRanges: ['127.0.0.0/8'] }, now, new Date(now.getTime() + DAY * 400));
    fs.mkdirSync(path.join(dataDir, 'lan'));
    fs.writeFileSync(path.join(dataDir, 'lan', 'host-key.pem'), old.key);
    fs.writeFileSync(path.join(dataDir, 'lan', 'host-cert.pem'), old.cert);
    const made = await ensureCertificate(dataDir, NAMES);
    expect(made.key).toBe(old.key);
    expect(made.fingerprint).not.toBe(new crypto.X509Certificate(old.cert).fingerprint256);
    expect(await accepted(made.authority, made.key, made.cert)).toBe('ok');
  });

  it('names the PC only when its name can be a DNS name, and adds the PC’s own public network to the authority', () => {
    expect(dnsNameOf('DESKTOP-7K2Q')).toBe('desktop-7k2q');
    expect(dnsNameOf('张三的电脑')).toBeNull();
    expect(dnsNameOf('a_b')).toBeNull();
    expect(networkOf('202.116.5.7/24')).toBe('202.116.5.0/24');
    expect(networkOf('10.20.30.40/8')).toBe('10.0.0.0/8');
    const scope = scopeFor(NAMES, ['202.116.5.7/24', '192.168.1.20/24']);
    expect(scope.ipRanges).toContain('202.116.5.0/24');
    expect(scope.ipRanges).not.toContain('192.168.1.0/24'); // within 192.168.0.0/16 already
    expect(scope.dns).toEqual(['localhost', 'office-pc', 'local']);
  });
});
