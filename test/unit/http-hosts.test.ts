import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { allowedHostNames, isAllowedHost } from '../../electron/backend/http/hosts';

const on = (address: string, port = 5180) => ({ address, port, family: address.includes(':') ? 'IPv6' : 'IPv4' });

describe('the Host names the HTTP server answers to', () => {
  it('on loopback: loopback names with its own port, nothing else', () => {
    const names = allowedHostNames(on('127.0.0.1'));
    for (const host of ['127.0.0.1:5180', 'localhost:5180', '[::1]:5180', 'LocalHost:5180']) expect(isAllowedHost(host, 5180, names), host).toBe(true);
    for (const host of ['evil.example:5180', 'localhost:5181', 'localhost', `${os.hostname()}:5180`, 'x@localhost:5180', 'localhost:5180/a', '', undefined]) {
      expect(isAllowedHost(host, 5180, names), String(host)).toBe(false);
    }
    expect(isAllowedHost('localhost', 80, allowedHostNames(on('127.0.0.1', 80)))).toBe(true);
  });

  it('on every interface: also the computer name and each interface address', () => {
    const names = allowedHostNames(on('0.0.0.0'));
    expect(isAllowedHost(`${os.hostname()}:5180`, 5180, names)).toBe(true);
    const addresses = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).map((i) => i.address));
    for (const a of addresses) {
      const host = a.includes(':') ? `[${a.replace(/%.*$/, '')}]:5180` : `${a}:5180`;
      expect(isAllowedHost(host, 5180, names), host).toBe(true);
    }
    expect(isAllowedHost('evil.example:5180', 5180, names)).toBe(false);
  });

  it('takes extra names, e.g. the --host name as typed or an office DNS name', () => {
    const names = allowedHostNames(on('192.168.1.20'), ['bangfu.school.lan']);
    expect(isAllowedHost('192.168.1.20:5180', 5180, names)).toBe(true);
    expect(isAllowedHost('BANGFU.school.lan:5180', 5180, names)).toBe(true);
    expect(isAllowedHost(`${os.hostname()}:5180`, 5180, names)).toBe(false);
  });
});
