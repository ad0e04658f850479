/**
 * The desktop start-up wiring, run in plain Node against a stand-in for the electron module
 * (test/support/electron-standin.ts). What it cannot show: real windows, menus, printing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { PRINT_CHANNEL, RPC_CHANNEL } from '../../electron/backend/ipc/bridge';
import { useDesktopApp, REPO, INDEX_URL } from '../support/electron-standin';
import { firstMigrations } from '../support/migrations';

const electron = await vi.hoisted(async () => (await import('../support/electron-standin')).electronStandIn());
vi.mock('electron', () => electron.module);

const { state, module: fake } = electron;
const { startApp, quitApp, dataFile, fromApp, rpc } = useDesktopApp(electron);

describe('desktop start-up', () => {
  it('labels the menu in English when Windows is in English', async () => {
    fake.app.getLocale = () => 'en-US';
    await startApp();
    expect(state.menu?.template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
  });

  it('opens one locked-down window on the built renderer, with the database in the user data folder', async () => {
    await startApp();
    expect(state.FakeWindow.all).toHaveLength(1);
    const [win] = state.FakeWindow.all;
    expect(win.options).toMatchObject({
      width: 1280,
      height: 800,
      minWidth: 1024,
      minHeight: 700,
      webPreferences: {
        contextIsolation: true,
        nodeIntegration: false,
        sandbox: true,
        webSecurity: true,
        preload: path.join(REPO, 'dist', 'electron', 'preload.js'),
      },
    });
    expect(win.loaded).toBe(path.join(REPO, 'dist', 'renderer', 'index.html'));
    expect(fs.existsSync(dataFile())).toBe(true);
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(state.menu?.template.map((m) => m.label)).toEqual(['文件(&F)', '编辑(&E)', '视图(&V)', '帮助(&H)']);
    expect(state.ipc.has(PRINT_CHANNEL)).toBe(true);

    await rpc(win.webContents, 'auth.status');
    expect(fs.existsSync(`${dataFile()}-wal`)).toBe(true);
    await quitApp();
    expect(fs.existsSync(`${dataFile()}-wal`)).toBe(false);
  });

  it('runs the backend in a utility process of its own, started from the built host on the data folder', async () => {
    await startApp();
    expect(state.forks.map((f) => [f.modulePath, f.args])).toEqual([
      [path.join(REPO, 'dist', 'electron', 'host.js'), [`--db=${dataFile()}`, `--migrations=${path.join(REPO, 'db', 'migrations')}`]],
    ]);
    await quitApp();
    await state.forks[0].exited;
    expect(state.forks[0].child!.exitCode).toBe(0);
  });

  it('starts the backend again when it dies, and the window keeps its session', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startApp();
    const [win] = state.FakeWindow.all;
    await rpc(win.webContents, 'auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' });
    state.forks[0].kill();
    await vi.waitFor(() => expect(state.forks).toHaveLength(2), { timeout: 30_000, interval: 20 });
    expect(await rpc(win.webContents, 'users.list')).toMatchObject({ ok: true });
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('tells the user when the backend cannot be started again, and why', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await startApp();
    const [win] = state.FakeWindow.all;
    await rpc(win.webContents, 'auth.status');
    let openGate = () => {};
    state.forkGate = new Promise((resolve) => (openGate = resolve));
    state.forks[0].kill();
    await state.forks[0].exited;
    // Before the new host opens it, the file is no longer a database.
    for (const f of [`${dataFile()}-wal`, `${dataFile()}-shm`]) fs.rmSync(f, { force: true });
    fs.writeFileSync(dataFile(), 'not a database, just some text that is long enough to look like a header');
    openGate();
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalled(), { timeout: 30_000, interval: 20 });
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('数据服务已停止', expect.stringContaining('不是本系统的数据库'));
    expect((await rpc(win.webContents, 'users.list')).error?.code).toBe('unavailable');
  });

  it('serves the contract over IPC with a session per window, dropped when the window goes', async () => {
    await startApp();
    const [win] = state.FakeWindow.all;
    const other = new state.FakeContents();
    expect((await rpc(win.webContents, 'auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' })).ok).toBe(true);
    expect((await rpc(win.webContents, 'users.list')).ok).toBe(true);
    expect((await rpc(other, 'users.list')).error?.code).toBe('unauthenticated');

    win.webContents.emit('destroyed');
    expect((await rpc(win.webContents, 'users.list')).error?.code).toBe('unauthenticated');
  });

  it('refuses IPC from any page but the app', async () => {
    await startApp();
    const [win] = state.FakeWindow.all;
    const call = state.ipc.get(RPC_CHANNEL)!;
    expect(() => call(fromApp(win.webContents, 'https://example.com/'), { method: 'auth.status', input: {} })).toThrow(/refused/);
  });

  it('keeps navigation inside the app and sends web links to the system browser', async () => {
    await startApp();
    const { webContents } = state.FakeWindow.all[0];
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      webContents.emit('will-navigate', event);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate(`${INDEX_URL}#/students`)).toBe(false);
    expect(navigate('https://www.example.com/')).toBe(true);
    expect(navigate('file:///C:/Windows/win.ini')).toBe(true);
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.example.com/']]);

    expect(webContents.openHandler?.({ url: 'https://www.example.com/a' })).toEqual({ action: 'deny' });
    expect(webContents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(fake.shell.openExternal).toHaveBeenCalledTimes(2);
  });

  it('asks before a page with unsaved input is closed or reloaded, and closes it only when told to', async () => {
    await startApp();
    const [win] = state.FakeWindow.all;
    const unload = () => {
      const event = { preventDefault: vi.fn() };
      win.webContents.emit('will-prevent-unload', event);
      return event.preventDefault;
    };
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(1);
    expect(unload()).not.toHaveBeenCalled();
    fake.dialog.showMessageBoxSync.mockReturnValueOnce(0);
    expect(unload()).toHaveBeenCalled();
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledWith(win, expect.objectContaining({ message: '有未保存的修改', buttons: ['放弃修改', '继续编辑'] }));
  });

  it('refuses web permissions the app does not use', async () => {
    await startApp();
    const answer = (permission: string) => {
      let granted: boolean | undefined;
      state.permissionHandler?.({}, permission, (ok) => (granted = ok));
      return granted;
    };
    expect(answer('media')).toBe(false);
    expect(answer('geolocation')).toBe(false);
    expect(answer('clipboard-sanitized-write')).toBe(true);
  });

  it('stops with the reason in Chinese when the data file is not its database', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fs.mkdirSync(path.dirname(dataFile()), { recursive: true });
    fs.writeFileSync(dataFile(), 'not a database, just some text that is long enough to look like a header');
    await startApp();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith('帮扶生管理系统无法启动', expect.stringContaining('不是本系统的数据库'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(state.FakeWindow.all).toHaveLength(0);
    expect(state.ipc.size).toBe(0);
  });

  it('tells the user where the backup went when an upgrade migrated the database', async () => {
    openDatabase({ file: dataFile(), migrationsDir: firstMigrations(1) }).sqlite.close();
    await startApp();
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(
      state.FakeWindow.all[0],
      expect.objectContaining({ detail: expect.stringMatching(new RegExp(`备份.*\\n.*backups`)) }),
    );
  });

  it('leaves a second copy to focus the first and quit', async () => {
    state.lock = false;
    await startApp();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(state.FakeWindow.all).toHaveLength(0);
  });
});

