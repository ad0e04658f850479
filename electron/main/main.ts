import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { DbOpenError } from '../../db/open-error';
import { createConnectBackend } from '../backend/client/connect';
import { createDesktopBackend, type DesktopBackend } from '../backend/client/desktop';
import { createRemoteBackend } from '../backend/client/remote';
import { dbFileIn, defaultDataDir } from '../backend/data-dir';
import { startHost } from '../backend/host/host-client';
import { browseHosts } from '../backend/lan/discovery';
import { followHostMode } from '../backend/lan/hostMode';
import { PRINT_CHANNEL, REPORT_READY_CHANNEL, RPC_CHANNEL } from '../backend/ipc/bridge';
import { createIpcTransport, type IpcTransport } from '../backend/ipc/transport';
import { readMachineConfig, resolveUse, type MachineUse } from '../backend/machine/config';
import { balloonDue, closeAction, showAtStart } from './desktopRules';
import { followHostPc, type HostPc } from './hostPc';
import { buildAppMenu } from './menu';
import { isAppPage, isWebLink } from './navigation';
import { createReportPrinter } from './print';
import { mainStrings, type MainStrings } from './strings';
import { forkUtilityHost } from './utility-host';

// The same layout under the app path in development (the repo) and packaged (app.asar).
const APP_ROOT = app.getAppPath();
const INDEX_FILE = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');
const INDEX_URL = pathToFileURL(INDEX_FILE).href;
const PRELOAD_FILE = path.join(APP_ROOT, 'dist', 'electron', 'preload.js');
/** The backend's own process (electron/backend/host): main only relays to it. */
const HOST_FILE = path.join(APP_ROOT, 'dist', 'electron', 'host.js');
const MIGRATIONS_DIR = path.join(APP_ROOT, 'db', 'migrations');
const ICON_FILE = path.join(APP_ROOT, 'resources', 'icon.ico');
/** How long the first-start page listens for hosts announcing themselves. */
const BROWSE_MS = 3000;
/** Web permissions the app uses; everything else (camera, location, notifications…) is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);
/** Every window of the app (and the hidden ones reports print from) is the same locked-down page. */
const WEB_PREFERENCES = {
  preload: PRELOAD_FILE,
  contextIsolation: true,
  nodeIntegration: false,
  sandbox: true,
  webSecurity: true,
  spellcheck: false,
};

let mainWindow: BrowserWindow | null = null;
// Windows reports its display language only once the app is ready; Chinese until then.
let text: MainStrings = mainStrings('zh-CN');
/** The PC holding the data: its host mode, tray and Windows sign-in entry (null on a client or before the choice). */
let hostPc: HostPc | null = null;
/** Set once the app really quits (tray, menu, Windows shutting down): the window then closes instead of hiding. */
let quitting = false;
/** What must stop cleanly before the app ends (the backend host, the office network listener). */
const stops: (() => Promise<void>)[] = [];

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', showWindow);
  app.on('before-quit', () => (quitting = true));
  app.on('web-contents-created', (_event, contents) => confine(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start).catch((e: unknown) => {
    console.error(e);
    app.exit(1);
  });
} else {
  // Two copies on one database file would only fight over its lock: the first one takes focus.
  app.quit();
}

async function start() {
  text = mainStrings(app.getLocale());
  const dataDir = defaultDataDir();
  // How the host's list of who is connected names this PC.
  const device = `BangfuDesktop/${app.getVersion()} (${os.hostname()}; ${os.type()})`;
  let upgradeBackup: string | null = null;
  /** Becomes what was chosen, without a restart: the transport and the windows stay, the renderer asks again. */
  const switchTo = async (use: MachineUse) => {
    if (use.kind === 'client') return backend.useHost(createRemoteBackend({ url: use.host.url, pin: use.host, device }));
    if (backend.mode !== 'own') upgradeBackup = await startOwn(dataDir, backend);
  };
  const backend = createDesktopBackend(createConnectBackend({ dataDir, device, browse: () => browseHosts(BROWSE_MS), choose: switchTo }));
  stopOnQuit();

  // A PC without a database and without a choice asks at first start (the renderer's connect page); nothing is created before.
  const use = resolveUse(readMachineConfig(dataDir), fs.existsSync(dbFileIn(dataDir)));
  if (use) await switchTo(use);
  if (use?.kind === 'own' && !hostPc) return;

  session.defaultSession.setPermissionRequestHandler((_contents, permission, allow) => allow(ALLOWED_PERMISSIONS.has(permission)));
  const transport = createIpcTransport(backend);
  ipcMain.handle(RPC_CHANNEL, (event, request) => transport.handle(appSender(event).id, request));
  const printer = createReportPrinter({ indexFile: INDEX_FILE, webPreferences: WEB_PREFERENCES, sessions: transport, text: () => text });
  ipcMain.handle(PRINT_CHANNEL, (event, raw) => printer.print(BrowserWindow.fromWebContents(appSender(event)), raw));
  ipcMain.handle(REPORT_READY_CHANNEL, (event, raw) => printer.ready(appSender(event).id, raw));
  Menu.setApplicationMenu(buildAppMenu({ dataDir, text, print: (win, mode) => void printer.fromMenu(win, mode) }));

  mainWindow = createWindow(transport, showAtStart(process.argv, hostPc?.hostMode() ?? false));
  mainWindow.on('closed', () => (mainWindow = null));
  if (upgradeBackup) {
    void dialog.showMessageBox(mainWindow, {
      type: 'info',
      title: text.upgradedTitle,
      message: text.upgradedMessage,
      detail: text.upgradedDetail(upgradeBackup),
    });
  }
}

/**
 * This PC holds the data: its backend host opens (backs up, migrates) the database, or says why
 * not and the app ends, since it never runs without it. Gives the upgrade's backup, if there was one.
 */
async function startOwn(dataDir: string, backend: DesktopBackend): Promise<string | null> {
  const host = startHost({
    spawn: () => forkUtilityHost(HOST_FILE, { dbFile: dbFileIn(dataDir), migrationsDir: MIGRATIONS_DIR }),
    // Calls then fail with a message of their own; the dialog says why and what to do.
    onGiveUp: (e) => dialog.showErrorBox(text.backendStopped, text.backendStoppedDetail(explain(e, dataDir))),
  });
  const opened = await host.started;
  if (!opened.ok) {
    console.error(opened.error);
    dialog.showErrorBox(text.cannotStart, explain(opened.error, dataDir));
    app.exit(1);
    return null;
  }
  // Host mode, as 设置 → 局域网 sets it: the office network is served from this process, which owns the sockets.
  const hostMode = followHostMode({ dataDir, backend: host, staticDir: path.dirname(INDEX_FILE), log: (message) => console.log(`[lan] ${message}`) });
  hostPc = followHostPc({ dataDir, iconFile: ICON_FILE, text: () => text, open: showWindow, quit: () => app.quit() });
  const pc = hostPc;
  stops.push(() => pc.stop().then(() => hostMode.stop()).then(() => host.stop()));
  backend.useOwn(host);
  return opened.backupFile;
}

function explain(e: Error, dataDir: string): string {
  return e instanceof DbOpenError ? e.describe(text.locale) : text.cannotOpenDb(dbFileIn(dataDir), e.message);
}

/**
 * Electron would end the host together with the app; it is asked to stop first instead, so calls
 * under way are answered and the database is closed (its WAL checkpointed). `will-quit` comes once
 * every window has closed, after any question about unsaved input was answered.
 */
function stopOnQuit() {
  let stopped = false;
  app.on('will-quit', (event) => {
    if (stopped) return;
    event.preventDefault();
    void Promise.all(stops.map((stop) => stop())).finally(() => {
      stopped = true;
      app.quit();
    });
  });
}

function showWindow() {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function createWindow(transport: IpcTransport, show: boolean): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: app.getName(),
    backgroundColor: '#ffffff',
    webPreferences: WEB_PREFERENCES,
  });
  const senderId = win.webContents.id;
  win.webContents.once('destroyed', () => transport.forget(senderId));
  win.once('ready-to-show', () => show && win.show());
  // On the office host, closing the window leaves it serving from the tray; quitting is the tray's (or the menu's).
  let told = false;
  win.on('close', (event) => {
    const action = closeAction({ hostMode: hostPc?.hostMode() ?? false, quitting });
    if (action === 'close') return;
    event.preventDefault();
    win.hide();
    if (balloonDue(told, action)) hostPc?.notifyHidden();
    told = true;
  });
  // A page with unsaved input holds the window (beforeunload); Electron would then just not close
  // or reload it, without a word. The question the browser would ask is asked here.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: text.unsavedTitle,
      message: text.unsavedTitle,
      detail: text.unsavedDetail,
      buttons: [text.unsavedLeave, text.unsavedStay],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
  void win.loadFile(INDEX_FILE);
  return win;
}

/** Keeps every web page on the app's own file; web links go to the system browser, nothing else opens. */
function confine(contents: WebContents) {
  contents.on('will-navigate', (event) => {
    if (isAppPage(event.url, INDEX_URL)) return;
    event.preventDefault();
    openOutside(event.url);
  });
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function openOutside(url: string) {
  if (isWebLink(url)) void shell.openExternal(url);
}

/** Only the app's own page may talk to the backend. */
function appSender(event: IpcMainInvokeEvent): WebContents {
  if (!isAppPage(event.senderFrame?.url, INDEX_URL)) throw new Error(`IPC refused from ${event.senderFrame?.url ?? 'unknown frame'}`);
  return event.sender;
}
