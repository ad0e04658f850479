import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostUrl } from '../../electron/backend/client/address';
import { sessionFrom } from '../../electron/backend/client/remote';
import { readMachineConfig, resolveUse, writeMachineConfig } from '../../electron/backend/machine/config';
import { balloonDue, closeAction, hostUrls, loginItem, showAtStart, trayItems, wantsTray } from '../../electron/main/desktopRules';
import { tempDir } from '../support/temp';

/** What this PC is, the address a person types, the host's cookie, and the window's and tray's decisions. */
describe('what this PC is (machine.json)', () => {
  it('is its own data host when it already has a database, asks when it has none, and keeps a choice made', () => {
    const dir = tempDir();
    // a file from before the choice existed stays valid, its settings kept
    fs.writeFileSync(path.join(dir, 'machine.json'), JSON.stringify({ lan: { enabled: true, port: 6000 }, backups: { secondFolder: 'E:\\备份', lastCopyProblem: null } }));
    const old = readMachineConfig(dir);
    expect(old).toMatchObject({ use: null, startAtLogin: false, lan: { enabled: true, port: 6000 }, backups: { secondFolder: 'E:\\备份' } });
    expect(resolveUse(old, true)).toEqual({ kind: 'own' });
    expect(resolveUse(old, false)).toBeNull();

    const host = { url: 'https://192.168.1.20:5443', fingerprint: 'AB:CD', cert: 'PEM', name: '办公室' };
    writeMachineConfig(dir, { ...old, use: { kind: 'client', host } });
    // chosen: a client stays one even if a database file is lying in the folder
    expect(resolveUse(readMachineConfig(dir), true)).toEqual({ kind: 'client', host });
    writeMachineConfig(dir, { ...old, use: { kind: 'own' } });
    expect(resolveUse(readMachineConfig(dir), false)).toEqual({ kind: 'own' });
  });
});

describe('the host address a person types', () => {
  it('becomes the host’s https address, on port 5443 unless another is given', () => {
    expect(hostUrl('192.168.1.20')).toBe('https://192.168.1.20:5443');
    expect(hostUrl(' 192.168.1.20:6000 ')).toBe('https://192.168.1.20:6000');
    expect(hostUrl('https://office-pc:5443/')).toBe('https://office-pc:5443');
    expect(hostUrl('[fd00::2]:5443')).toBe('https://[fd00::2]:5443');
    for (const bad of ['', 'http://192.168.1.20', '192.168.1.20:99999', 'a b', 'user@host', '192.168.1.20/x']) expect(hostUrl(bad)).toBeNull();
  });
});

describe('the host’s session cookie', () => {
  it('starts the session it sets, ends the one it clears, and leaves the session alone otherwise', () => {
    const start = sessionFrom(['other=1; Path=/', 'bf_session=abc123; Path=/; Expires=Wed, 01 Jan 2099 00:00:00 GMT; HttpOnly; Secure; SameSite=Strict']);
    expect(start).toEqual({ kind: 'start', token: 'abc123', expiresAt: new Date('2099-01-01T00:00:00Z') });
    expect(sessionFrom(['bf_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT'])).toEqual({ kind: 'end' });
    expect(sessionFrom([])).toBeNull();
  });
});

describe('the window, the tray and Windows sign-in', () => {
  it('hides the window to the tray in host mode, and closes it otherwise or when quitting', () => {
    expect(closeAction({ hostMode: true, quitting: false })).toBe('hide');
    expect(closeAction({ hostMode: true, quitting: true })).toBe('close');
    expect(closeAction({ hostMode: false, quitting: false })).toBe('close');
  });

  it('starts hidden only when Windows started it and there is a tray to open it from', () => {
    expect(showAtStart(['app.exe', '--hidden'], true)).toBe(false);
    expect(showAtStart(['app.exe', '--hidden'], false)).toBe(true);
    expect(showAtStart(['app.exe'], true)).toBe(true);
  });

  it('starts with Windows, hidden, only as the office host with the setting on', () => {
    expect(loginItem({ own: true, hostMode: true, startAtLogin: true })).toEqual({ openAtLogin: true, args: ['--hidden'] });
    expect(loginItem({ own: true, hostMode: false, startAtLogin: true }).openAtLogin).toBe(false);
    expect(loginItem({ own: true, hostMode: true, startAtLogin: false }).openAtLogin).toBe(false);
    expect(loginItem({ own: false, hostMode: true, startAtLogin: true }).openAtLogin).toBe(false);
  });

  it('shows a tray icon while serving, offering the addresses once it listens, and says once that it went there', () => {
    expect(wantsTray({ own: true, hostMode: true })).toBe(true);
    expect(wantsTray({ own: true, hostMode: false })).toBe(false);
    expect(trayItems(5443)).toEqual([
      { id: 'open', enabled: true },
      { id: 'addresses', enabled: true },
      { id: 'quit', enabled: true },
    ]);
    expect(trayItems(null).find((i) => i.id === 'addresses')?.enabled).toBe(false);
    expect(hostUrls(5443, 'OFFICE-PC', ['192.168.1.20', '10.0.0.5'])).toEqual(['https://OFFICE-PC:5443/', 'https://192.168.1.20:5443/', 'https://10.0.0.5:5443/']);
    expect(balloonDue(false, 'hide')).toBe(true);
    expect(balloonDue(true, 'hide')).toBe(false);
    expect(balloonDue(false, 'close')).toBe(false);
  });
});
