/**
 * The desktop start-up wiring, run in plain Node against a stand-in for the electron module
 * (this machine has no Electron binary). What it cannot show: real windows, menus, printing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME } from '../../electron/backend/data-dir';
import { openDatabase } from '../../db/open';
import { PRINT_CHANNEL, RPC_CHANNEL } from '../../electron/backend/ipc/bridge';
import { firstMigrations } from '../support/migrations';
import { tempDir } from '../support/server';

const REPO = path.resolve(__dirname, '../..');
const INDEX_URL = pathToFileURL(path.join(REPO, 'dist', 'renderer', 'index.html')).href;

const electron = vi.hoisted(() => {
  const { EventEmitter } = require('node:events') as typeof import('node:events');
  let nextContentsId = 1;
  class FakeContents extends EventEmitter {
    readonly id = nextContentsId++;
    openHandler: ((details: { url: string }) => { action: string }) | null = null;
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
      this.openHandler = handler;
    }
  }
  class FakeWindow extends EventEmitter {
    static all: FakeWindow[] = [];
    readonly webContents = new FakeContents();
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      FakeWindow.all.push(this);
      state.app.emit('web-contents-created', {}, this.webContents);
    }
    loadFile(file: string) {
      this.loaded = file;
      return Promise.resolve();
    }
    static fromWebContents(contents: FakeContents) {
      return FakeWindow.all.find((w) => w.webContents === contents) ?? null;
    }
    static getFocusedWindow() {
      return FakeWindow.all[0] ?? null;
    }
  }
  const state = {
    app: new EventEmitter(),
    FakeWindow,
    FakeContents,
    ipc: new Map<string, (event: unknown, ...args: unknown[]) => unknown>(),
    lock: true,
    menu: null as { template: { label?: string; submenu?: { label?: string; role?: string }[] }[] } | null,
    permissionHandler: null as null | ((contents: unknown, permission: string, allow: (ok: boolean) => void) => void),
  };
  const module = {
    app: Object.assign(state.app, {
      requestSingleInstanceLock: () => state.lock,
      whenReady: () => Promise.resolve(),
      getAppPath: (): string => '',
      getName: () => '帮扶生管理系统',
      getLocale: (): string => 'zh-CN',
      getVersion: () => '0.1.0',
      getPath: () => '',
      quit: vi.fn(),
      exit: vi.fn(),
    }),
    BrowserWindow: FakeWindow,
    ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => unknown) => state.ipc.set(channel, fn) },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })), showMessageBoxSync: vi.fn(() => 1), showSaveDialog: vi.fn() },
    Menu: {
      buildFromTemplate: (template: NonNullable<typeof state.menu>['template']) => ({ template }),
      setApplicationMenu: (menu: typeof state.menu) => (state.menu = menu),
    },
    session: { defaultSession: { setPermissionRequestHandler: (h: typeof state.permissionHandler) => (state.permissionHandler = h) } },
    shell: { openExternal: vi.fn(async () => {}), openPath: vi.fn(async () => '') },
  };
  return { state, module };
});
vi.mock('electron', () => electron.module);

const { state, module: fake } = electron;
let configHome: string;

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  state.app.removeAllListeners();
  state.FakeWindow.all = [];
  state.ipc.clear();
  state.lock = true;
  state.menu = null;
  fake.app.getAppPath = () => REPO;
  fake.app.getLocale = () => 'zh-CN';
  configHome = tempDir();
  vi.stubEnv('XDG_CONFIG_HOME', configHome);
  vi.stubEnv('APPDATA', configHome);
});
afterEach(() => {
  state.app.emit('will-quit');
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

async function startApp() {
  await import('../../electron/main/main');
  await new Promise((resolve) => setImmediate(resolve));
}

const dataFile = () => path.join(configHome, 'BangfuOffice', DB_FILE_NAME);
const fromApp = (contents: InstanceType<typeof state.FakeContents>, url = INDEX_URL) => ({ sender: contents, senderFrame: { url } });

async function rpc(contents: InstanceType<typeof state.FakeContents>, method: string, input: unknown = {}) {
  return (await state.ipc.get(RPC_CHANNEL)!(fromApp(contents), { method, input })) as { ok: boolean; result?: unknown; error?: { code: string } };
}

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
    state.app.emit('will-quit');
    expect(fs.existsSync(`${dataFile()}-wal`)).toBe(false);
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

