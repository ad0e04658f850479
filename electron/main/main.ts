import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { DbOpenError, openDatabase, type OpenDb } from '../../db/open';
import { dbFileIn, defaultDataDir } from '../backend/data-dir';
import { PRINT_CHANNEL, RPC_CHANNEL, type PrintOutcome, type PrintRequest } from '../backend/ipc/bridge';
import { parsePrintRequest } from '../backend/ipc/print-request';
import { createIpcTransport, type IpcTransport } from '../backend/ipc/transport';
import { createBackend } from '../backend/rpc/dispatch';
import { buildAppMenu } from './menu';
import { isAppPage, isWebLink } from './navigation';
import { printWindow } from './print';
import { mainStrings, type MainStrings } from './strings';

// The same layout under the app path in development (the repo) and packaged (app.asar).
const APP_ROOT = app.getAppPath();
const INDEX_FILE = path.join(APP_ROOT, 'dist', 'renderer', 'index.html');
const INDEX_URL = pathToFileURL(INDEX_FILE).href;
const PRELOAD_FILE = path.join(APP_ROOT, 'dist', 'electron', 'preload.js');
const MIGRATIONS_DIR = path.join(APP_ROOT, 'db', 'migrations');
/** Web permissions the app uses; everything else (camera, location, notifications…) is refused. */
const ALLOWED_PERMISSIONS = new Set(['clipboard-sanitized-write']);

let mainWindow: BrowserWindow | null = null;
// Windows reports its display language only once the app is ready; Chinese until then.
let text: MainStrings = mainStrings('zh-CN');

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('web-contents-created', (_event, contents) => confine(contents));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
} else {
  // Two copies on one database file would only fight over its lock: the first one takes focus.
  app.quit();
}

function start() {
  text = mainStrings(app.getLocale());
  const dataDir = defaultDataDir();
  const opened = openOrExplain(dataDir);
  if (!opened) return app.exit(1);
  app.on('will-quit', () => {
    if (opened.sqlite.open) opened.sqlite.close();
  });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, allow) => allow(ALLOWED_PERMISSIONS.has(permission)));
  const transport = createIpcTransport(createBackend(opened));
  ipcMain.handle(RPC_CHANNEL, (event, request) => transport.handle(appSender(event).id, request));
  ipcMain.handle(PRINT_CHANNEL, (event, raw) => printFor(event, raw));
  Menu.setApplicationMenu(buildAppMenu({ dataDir, text, print: (win, request) => void printFromMenu(win, request) }));

  mainWindow = createWindow(transport);
  mainWindow.on('closed', () => (mainWindow = null));
  if (opened.backupFile) {
    void dialog.showMessageBox(mainWindow, {
      type: 'info',
      title: text.upgradedTitle,
      message: text.upgradedMessage,
      detail: text.upgradedDetail(opened.backupFile),
    });
  }
}

/** Opens (and migrates) the database, or tells the user why not: the app never runs without it. */
function openOrExplain(dataDir: string): OpenDb | null {
  try {
    return openDatabase({ file: dbFileIn(dataDir), migrationsDir: MIGRATIONS_DIR });
  } catch (e) {
    const detail = e instanceof DbOpenError ? e.describe(text.locale) : text.cannotOpenDb(dbFileIn(dataDir), (e as Error).message);
    console.error(e);
    dialog.showErrorBox(text.cannotStart, detail);
    return null;
  }
}

function createWindow(transport: IpcTransport): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: app.getName(),
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: PRELOAD_FILE,
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
    },
  });
  const senderId = win.webContents.id;
  win.webContents.once('destroyed', () => transport.forget(senderId));
  win.once('ready-to-show', () => win.show());
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

async function printFor(event: IpcMainInvokeEvent, raw: unknown): Promise<PrintOutcome> {
  const win = BrowserWindow.fromWebContents(appSender(event));
  const request = parsePrintRequest(raw);
  if (!win || !request) return { ok: false, reason: 'failed', message: 'invalid print request' };
  return printWindow(win, request, text);
}

async function printFromMenu(win: BrowserWindow, request: PrintRequest) {
  const outcome = await printWindow(win, request, text);
  if (!outcome.ok && outcome.reason === 'failed') dialog.showErrorBox(text.printFailed, outcome.message ?? '');
}
