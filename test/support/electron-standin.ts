/**
 * A stand-in for the electron module, for running Electron's main in plain Node (this machine has
 * no Electron binary): windows, web contents, IPC, menus, the tray and dialogs recorded for the
 * test to look at and drive. The backend host is real: the stand-in utilityProcess forks, with
 * plain Node, the host bundled as `npm run build:electron` bundles dist/electron/host.js.
 * Made in the test file's vi.hoisted (see test/unit/electron-main.test.ts), then `useDesktopApp`.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, expect, vi } from 'vitest';
import { DB_FILE_NAME } from '../../electron/backend/data-dir';
import { RPC_CHANNEL } from '../../electron/backend/ipc/bridge';
import { buildHostBundle, bundleEnv } from './host-bundle';
import { tempDir } from './temp';

export const REPO = path.resolve(__dirname, '../..');
export const INDEX_URL = pathToFileURL(path.join(REPO, 'dist', 'renderer', 'index.html')).href;

export function electronStandIn() {
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
    visible = false;
    show() {
      this.visible = true;
    }
    hide() {
      this.visible = false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
  }
  class FakeTray extends EventEmitter {
    static all: FakeTray[] = [];
    destroyed = false;
    menu: { template: { label?: string; enabled?: boolean; click?: () => void }[] } | null = null;
    balloons: { title: string; content: string }[] = [];
    constructor() {
      super();
      FakeTray.all.push(this);
    }
    setToolTip() {}
    popUpContextMenu(menu: FakeTray['menu']) {
      this.menu = menu;
    }
    displayBalloon(balloon: { title: string; content: string }) {
      this.balloons.push(balloon);
    }
    destroy() {
      this.destroyed = true;
    }
  }
  /**
   * Electron's utilityProcess, played by a Node fork of the host bundle (built into a temp folder:
   * dist/ is not built by the tests). Same events: 'message' with the message itself, 'exit' with a code.
   */
  class FakeUtilityProcess extends EventEmitter {
    child: ChildProcess | null = null;
    readonly exited: Promise<void>;
    constructor(
      readonly modulePath: string,
      readonly args: string[],
      startWhen: Promise<void>,
    ) {
      super();
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
    FakeTray,
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
      setLoginItemSettings: vi.fn(),
      getFileIcon: vi.fn(async () => ({})),
    }),
    BrowserWindow: FakeWindow,
    Tray: FakeTray,
    nativeImage: { createFromPath: () => ({ isEmpty: () => false }) },
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
}

export type ElectronStandIn = ReturnType<typeof electronStandIn>;
type Contents = InstanceType<ElectronStandIn['state']['FakeContents']>;

/**
 * The hooks and helpers of a test file that runs main on the stand-in: a new user profile per
 * test (its data folder holding a machine.json that says this PC keeps its own data, as every PC
 * did before clients existed), main imported anew by `startApp`, and the app quit after each test.
 */
export function useDesktopApp({ state, module: fake }: ElectronStandIn) {
  let configHome = '';
  const dataDir = () => path.join(configHome, 'BangfuOffice');
  const setMachine = (config: object | null) => {
    fs.mkdirSync(dataDir(), { recursive: true });
    if (config) fs.writeFileSync(path.join(dataDir(), 'machine.json'), JSON.stringify(config));
    else fs.rmSync(path.join(dataDir(), 'machine.json'), { force: true });
  };

  beforeAll(() => {
    state.hostBundle = buildHostBundle();
    state.hostEnv = bundleEnv();
  });
  beforeEach(() => {
    vi.resetModules();
    vi.clearAllMocks();
    state.app.removeAllListeners();
    state.FakeWindow.all = [];
    state.FakeTray.all = [];
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
    setMachine({ use: { kind: 'own' } });
  });
  afterEach(async () => {
    state.app.emit('will-quit', { preventDefault: () => {} });
    await Promise.all(state.forks.map((f) => f.exited));
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  const fromApp = (contents: Contents, url = INDEX_URL) => ({ sender: contents, senderFrame: { url } });
  return {
    dataDir,
    dataFile: () => path.join(dataDir(), DB_FILE_NAME),
    setMachine,
    fromApp,
    /** Until start-up is over: a window opened, or the app gave up or left. */
    async startApp() {
      await import('../../electron/main/main');
      await vi.waitFor(
        () => {
          if (!state.FakeWindow.all.length && !fake.app.exit.mock.calls.length && !fake.app.quit.mock.calls.length) throw new Error('still starting');
        },
        { timeout: 30_000, interval: 20 },
      );
    },
    /** Closing the last window: main stops the host before letting the app quit. */
    async quitApp() {
      const event = { preventDefault: vi.fn() };
      state.app.emit('will-quit', event);
      expect(event.preventDefault).toHaveBeenCalled();
      await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalled(), { timeout: 30_000, interval: 20 });
    },
    async rpc(contents: Contents, method: string, input: unknown = {}) {
      type Answer = { ok: boolean; result?: unknown; error?: { code: string; params?: Record<string, unknown> } };
      return (await state.ipc.get(RPC_CHANNEL)!(fromApp(contents), { method, input })) as Answer;
    },
  };
}
