/**
 * The desktop start-up wiring, run in plain Node against a stand-in for the electron module
 * (this machine has no Electron binary). What it cannot show: real windows, menus, printing.
 * The backend host is real: the stand-in utilityProcess forks, with plain Node, the host bundled
 * as `npm run build:electron` bundles dist/electron/host.js.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DB_FILE_NAME } from '../../electron/backend/data-dir';
import { openDatabase } from '../../db/open';
import { PRINT_CHANNEL, RPC_CHANNEL } from '../../electron/backend/ipc/bridge';
import { buildHostBundle, bundleEnv } from '../support/host-bundle';
import { firstMigrations } from '../support/migrations';
import { tempDir } from '../support/temp';

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
  /**
   * Electron's utilityProcess, played by a Node fork of the host bundle (built into a temp folder:
   * dist/ is not built by the tests). Same events: 'message' with the message itself, 'exit' with a code.
   */
  class FakeUtilityProcess extends EventEmitter {
    child: import('node:child_process').ChildProcess | null = null;
    readonly exited: Promise<void>;
    constructor(
      readonly modulePath: string,
      readonly args: string[],
      startWhen: Promise<void>,
    ) {
      super();
      const { fork } = require('node:child_process') as typeof import('node:child_process');
      this.exited = startWhen.then(
        () =>
          new Promise<void>((resolve) => {
            this.child = fork(state.hostBundle, args, { execArgv: [], env: state.hostEnv, stdio: 'inherit' });
            this.child.on('message', (message) => this.emit('message', message));
            this.child.once('exit', (code) => (this.emit('exit', code ?? 1), resolve()));
          }),
      );
    }
    postMessage(message: unknown) {
      this.child?.send(message as object, () => {});
    }
    kill() {
      return !!this.child?.kill('SIGKILL');
    }
  }
  const state = {
    hostBundle: '',
    hostEnv: {} as NodeJS.ProcessEnv,
    forks: [] as FakeUtilityProcess[],
    /** Holds back the processes forked from now on (a test changes the data folder meanwhile). */
    forkGate: Promise.resolve(),
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
    utilityProcess: {
      fork: (modulePath: string, args: string[]) => {
        state.forks.push(new FakeUtilityProcess(modulePath, args, state.forkGate));
        return state.forks.at(-1);
      },
    },
  };
  return { state, module };
});
vi.mock('electron', () => electron.module);

const { state, module: fake } = electron;
let configHome: string;

beforeAll(() => {
  state.hostBundle = buildHostBundle();
  state.hostEnv = bundleEnv();
});

beforeEach(() => {
  vi.resetModules();
  vi.clearAllMocks();
  state.app.removeAllListeners();
  state.FakeWindow.all = [];
  state.ipc.clear();
  state.lock = true;
  state.menu = null;
  state.forks = [];
  state.forkGate = Promise.resolve();
  fake.app.getAppPath = () => REPO;
  fake.app.getLocale = () => 'zh-CN';
  configHome = tempDir();
  vi.stubEnv('XDG_CONFIG_HOME', configHome);
  vi.stubEnv('APPDATA', configHome);
});
afterEach(async () => {
  state.app.emit('will-quit', { preventDefault: () => {} });
  await Promise.all(state.forks.map((f) => f.exited));
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

/** Until start-up is over: a window opened, or the app gave up or left. */
async function startApp() {
  await import('../../electron/main/main');
  await vi.waitFor(
    () => {
      if (!state.FakeWindow.all.length && !fake.app.exit.mock.calls.length && !fake.app.quit.mock.calls.length) throw new Error('still starting');
    },
    { timeout: 30_000, interval: 20 },
  );
}

/** Closing the last window: main stops the host before letting the app quit. */
async function quitApp() {
  const event = { preventDefault: vi.fn() };
  state.app.emit('will-quit', event);
  expect(event.preventDefault).toHaveBeenCalled();
  await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 30_000, interval: 20 });
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

