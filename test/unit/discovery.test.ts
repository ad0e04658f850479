import { describe, expect, it } from 'vitest';
import { advertiseHost, browseHosts, foundHost, txtFor } from '../../electron/backend/lan/discovery';

/**
 * Finding the office host over mDNS, on this machine's real network (multicast works here): the
 * host announced is found with its port and fingerprint, and gone once it stops; and how an
 * announcement becomes a line of the first-start page's list.
 */
const FP = `${'3A:'.repeat(31)}C4`;

describe('office host discovery', () => {
  it('finds the host announced on the network, with its port and certificate fingerprint, and not after it stopped', async () => {
    const name = `测试主机-${process.pid}`;
    const advertised = advertiseHost({ port: 5443, fingerprint: FP, name });
    try {
      const found = (await browseHosts(1500)).find((h) => h.name === name);
      expect(found).toMatchObject({ name, port: 5443, fingerprint: FP });
      expect(found?.addresses.length).toBeGreaterThan(0);
      expect(found?.url).toBe(`https://${found?.addresses[0]}:5443`);
    } finally {
      await advertised.stop();
    }
    expect((await browseHosts(800)).map((h) => h.name)).not.toContain(name);
  });

  it('lists an announcement by its IPv4 address first, without link-local IPv6, and only a well-formed fingerprint', () => {
    const announced = { name: '办公室主机', port: 5443, txt: txtFor(FP), addresses: ['fe80::1', 'fd00::2', '192.168.1.20'], referer: undefined };
    expect(foundHost(announced)).toEqual({ name: '办公室主机', addresses: ['192.168.1.20', 'fd00::2'], port: 5443, fingerprint: FP, url: 'https://192.168.1.20:5443' });
    expect(foundHost({ ...announced, addresses: ['fd00::2'] })?.url).toBe('https://[fd00::2]:5443');
    expect(foundHost({ ...announced, txt: { fp: 'not a fingerprint' } })?.fingerprint).toBeNull();
    expect(foundHost({ ...announced, addresses: ['fe80::1'] })).toBeNull();
    expect(foundHost({ ...announced, port: 0 })).toBeNull();
  });
});
