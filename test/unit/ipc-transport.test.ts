import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createIpcTransport } from '../../electron/backend/ipc/transport';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import type { Envelope } from '../../electron/contract/errors';
import { formatMessage } from '../../electron/contract/messages';
import { tempDir } from '../support/temp';

const WINDOW_A = 1;
const WINDOW_B = 2;
const ADMIN = { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' };

function transport() {
  const opened = openDatabase({ file: dbFileIn(tempDir()) });
  return createIpcTransport(createBackend(opened, { logError: () => {} }));
}

function signedInAs(envelope: Envelope<unknown>): string | null {
  if (!envelope.ok) throw new Error(`${envelope.error.code}: ${envelope.error.message}`);
  return (envelope.result as { user: { username: string } | null }).user?.username ?? null;
}

describe('IPC transport', () => {
  it('keeps the session of first-run setup for the window that ran it, and no other', async () => {
    const ipc = transport();
    expect((await ipc.handle(WINDOW_A, { method: 'auth.setup', input: ADMIN })).ok).toBe(true);
    expect(signedInAs(await ipc.handle(WINDOW_A, { method: 'auth.status', input: {} }))).toBe('admin');
    expect(signedInAs(await ipc.handle(WINDOW_B, { method: 'auth.status', input: {} }))).toBeNull();
    expect(await ipc.handle(WINDOW_B, { method: 'users.list', input: {} })).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('starts a session on login and ends it on logout', async () => {
    const ipc = transport();
    await ipc.handle(WINDOW_A, { method: 'auth.setup', input: ADMIN });
    const login = await ipc.handle(WINDOW_B, { method: 'auth.login', input: { username: 'admin', password: ADMIN.password } });
    expect(login.ok).toBe(true);
    expect(signedInAs(await ipc.handle(WINDOW_B, { method: 'auth.status', input: {} }))).toBe('admin');

    expect((await ipc.handle(WINDOW_B, { method: 'auth.logout', input: {} })).ok).toBe(true);
    expect(signedInAs(await ipc.handle(WINDOW_B, { method: 'auth.status', input: {} }))).toBeNull();
    expect(signedInAs(await ipc.handle(WINDOW_A, { method: 'auth.status', input: {} }))).toBe('admin');
  });

  it('forgets the session of a closed window', async () => {
    const ipc = transport();
    await ipc.handle(WINDOW_A, { method: 'auth.setup', input: ADMIN });
    ipc.forget(WINDOW_A);
    expect(signedInAs(await ipc.handle(WINDOW_A, { method: 'auth.status', input: {} }))).toBeNull();
  });

  it("lends a window's session to the hidden window a report prints from, until that one is forgotten", async () => {
    const ipc = transport();
    const REPORT = 3;
    await ipc.handle(WINDOW_A, { method: 'auth.setup', input: ADMIN });
    ipc.share(WINDOW_B, REPORT);
    expect(signedInAs(await ipc.handle(REPORT, { method: 'auth.status', input: {} }))).toBeNull();
    ipc.share(WINDOW_A, REPORT);
    expect(signedInAs(await ipc.handle(REPORT, { method: 'auth.status', input: {} }))).toBe('admin');
    ipc.forget(REPORT);
    expect(signedInAs(await ipc.handle(REPORT, { method: 'auth.status', input: {} }))).toBeNull();
    expect(signedInAs(await ipc.handle(WINDOW_A, { method: 'auth.status', input: {} }))).toBe('admin');
  });

  it('never hands the session token to the renderer', async () => {
    const ipc = transport();
    const setup = await ipc.handle(WINDOW_A, { method: 'auth.setup', input: ADMIN });
    const login = await ipc.handle(WINDOW_B, { method: 'auth.login', input: { username: 'admin', password: ADMIN.password } });
    for (const envelope of [setup, login]) expect(JSON.stringify(envelope)).not.toMatch(/token/i);
  });

  it.each([null, 'auth.status', 42, {}, { method: 7, input: {} }, { input: {} }])('refuses a malformed request: %j', async (request) => {
    expect(await transport().handle(WINDOW_A, request)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers in the language the request asks for, even when the request is malformed', async () => {
    const ipc = transport();
    const messageOf = async (request: unknown) => {
      const envelope = await ipc.handle(WINDOW_A, request);
      return envelope.ok ? null : envelope.error.message;
    };
    expect(await messageOf({ method: 'users.list', input: {}, locale: 'en' })).toBe(formatMessage('en', 'unauthenticated'));
    expect(await messageOf({ method: 'users.list', input: {}, locale: 'zh-CN' })).toBe(formatMessage('zh-CN', 'unauthenticated'));
    expect(await messageOf({ locale: 'en' })).toBe(formatMessage('en', 'invalid_input'));
  });
});
