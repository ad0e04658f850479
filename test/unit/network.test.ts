import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deviceName } from '../../renderer/settings/network/deviceName';
import { Caller, seedRegister, testBackend } from '../support/backend';

const PHONE = { address: '10.20.3.41', device: 'Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/126 Mobile Safari/537.36' };
const OFFICE_PC = { address: '10.20.1.15', device: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126 Safari/537.36' };

async function setup() {
  const b = testBackend();
  const s = await seedRegister(b);
  /** a counsellor signed in on a phone on the campus network */
  const phone = new Caller(b.backend, null, 'zh-CN', PHONE);
  await phone.call('auth.login', { username: 'wang', password: 'password-wang' });
  return { ...s, b, phone };
}

describe('sessions on the office network', () => {
  it('are bound to the device they were opened on: the same cookie from another browser is refused and ended', async () => {
    const s = await setup();
    expect(await s.phone.call('students.list', {})).toMatchObject({ total: 0 });
    const copied = new Caller(s.b.backend, s.phone.token, 'zh-CN', OFFICE_PC);
    expect((await copied.fail('students.list', {})).code).toBe('unauthenticated');
    // the stolen cookie ended the session: the phone signs in again
    expect((await s.phone.fail('students.list', {})).code).toBe('unauthenticated');
  });

  it('are listed for the administrator with who, from where, on what and when last seen, and ended from there', async () => {
    const s = await setup();
    const admin = new Caller(s.b.backend, null, 'zh-CN', OFFICE_PC);
    await admin.call('auth.login', { username: 'admin', password: 'admin-pass-1' });
    const status = await admin.call('network.status', {});
    const phone = status.sessions.find((x) => x.userName === '王老师' && x.address === PHONE.address)!;
    expect(phone).toMatchObject({ role: 'counsellor', device: PHONE.device, self: false, lastSeenAt: '2026-11-23T02:00:00.000Z' });
    expect(status.sessions.find((x) => x.self)).toMatchObject({ userName: '管理员', address: OFFICE_PC.address });
    for (const who of [s.office, s.c1, s.finance, s.viewer]) expect((await who.caller.fail('network.status', {})).code).toBe('forbidden');

    // seen again a few minutes later, from another access point's address
    s.b.setNow(new Date('2026-11-23T02:05:00Z'));
    const roamed = new Caller(s.b.backend, s.phone.token, 'zh-CN', { ...PHONE, address: '10.20.4.7' });
    await roamed.call('students.list', {});
    expect((await admin.call('network.status', {})).sessions.find((x) => x.id === phone.id)).toMatchObject({ address: '10.20.4.7', lastSeenAt: '2026-11-23T02:05:00.000Z' });

    await admin.call('network.endSession', { id: phone.id });
    expect((await roamed.fail('students.list', {})).code).toBe('unauthenticated');
    expect((await admin.fail('network.endSession', { id: phone.id })).code).toBe('not_found');
    const audit = await admin.call('audit.list', { entity: 'session', page: 1, pageSize: 5 });
    expect(audit.rows[0]).toMatchObject({ action: 'end_session', userName: '管理员' });
  });

  it('records the address each change came from in the audit log', async () => {
    const s = await setup();
    await s.phone.call('checkins.save', { studentId: (await s.office.caller.call('students.create', s.studentInput({ name: '黄甲' }))).id, month: '2026-11', date: '2026-11-20', method: 'phone', risk: 'normal', help: [] });
    const rows = s.b.opened.sqlite.prepare("SELECT entity, client_address AS address FROM audit_log WHERE entity IN ('checkin', 'student') ORDER BY id").all();
    expect(rows).toEqual([
      { entity: 'student', address: null },
      { entity: 'checkin', address: PHONE.address },
    ]);
  });
});

describe('host mode', () => {
  it('is switched on by the administrator: the PC’s certificate made, the setting saved for the listener, the switch audited', async () => {
    const s = await setup();
    const before = await s.admin.call('network.status', {});
    expect(before.host).toMatchObject({ enabled: false, port: 5443, servingPort: null, urls: [] });
    expect(before.certificate).toBeNull();
    const bad = await s.admin.fail('network.setHost', { enabled: true, port: 80 });
    expect(bad.fields?.[0]).toMatchObject({ field: 'port', message: '端口应在 1024 到 65535 之间（默认 5443）' });
    expect((await s.office.caller.fail('network.setHost', { enabled: true, port: 5443 })).code).toBe('forbidden');

    const on = await s.admin.call('network.setHost', { enabled: true, port: 5444 });
    expect(on.host).toMatchObject({ enabled: true, port: 5444 });
    expect(on.certificate?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(JSON.parse(fs.readFileSync(path.join(s.b.dataDir, 'machine.json'), 'utf8')).lan).toEqual({ enabled: true, port: 5444 });
    const off = await s.admin.call('network.setHost', { enabled: false, port: 5444 });
    expect(off.host.enabled).toBe(false);
    // the certificate stays: clients pinned it
    expect(off.certificate?.fingerprint).toBe(on.certificate?.fingerprint);
    const audit = await s.admin.call('audit.list', { entity: 'network', page: 1, pageSize: 5 });
    expect(audit.rows.map((r) => r.action)).toEqual(['host_off', 'host_on']);
  });
});

describe('a device as the page names it', () => {
  it('says the system and the browser, enough to tell a phone from the office PC', () => {
    expect(deviceName(PHONE.device)).toBe('Android · Chrome');
    expect(deviceName(OFFICE_PC.device)).toBe('Windows · Chrome');
    expect(deviceName('BangfuDesktop/0.1.0 (CAIWU-PC; Windows_NT)')).toBe('CAIWU-PC · App');
    expect(deviceName('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 MicroMessenger/8.0.49')).toBe('iPhone · WeChat');
    expect(deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 bangfu-office/0.1.0 Chrome/140 Electron/44.11.0 Safari/537.36')).toBe('Windows · App');
    expect(deviceName(null)).toBeNull();
  });
});
