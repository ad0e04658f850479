import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { PrintMode } from '../backend/ipc/bridge';
import type { MainStrings } from './strings';

export interface MenuActions {
  /** The per-user folder holding the database and its backups. */
  dataDir: string;
  /** prints or saves the report the window shows */
  print(win: BrowserWindow, mode: PrintMode): void;
  text: MainStrings;
}

/** The application menu; every command acts on the focused window. */
export function buildAppMenu({ dataDir, print, text }: MenuActions): Menu {
  const onFocused = (act: (win: BrowserWindow) => void) => () => {
    const win = BrowserWindow.getFocusedWindow();
    if (win) act(win);
  };

  const template: MenuItemConstructorOptions[] = [
    {
      label: text.file,
      submenu: [
        { label: text.print, accelerator: 'CmdOrCtrl+P', click: onFocused((win) => print(win, 'print')) },
        { label: text.savePdf, accelerator: 'CmdOrCtrl+Shift+S', click: onFocused((win) => print(win, 'pdf')) },
        { type: 'separator' },
        { label: text.openDataFolder, click: () => void openDataFolder(dataDir, text) },
        { type: 'separator' },
        { role: 'quit', label: text.quit },
      ],
    },
    {
      label: text.edit,
      submenu: [
        { role: 'undo', label: text.undo },
        { role: 'redo', label: text.redo },
        { type: 'separator' },
        { role: 'cut', label: text.cut },
        { role: 'copy', label: text.copy },
        { role: 'paste', label: text.paste },
        { type: 'separator' },
        { role: 'selectAll', label: text.selectAll },
      ],
    },
    {
      label: text.view,
      submenu: [
        { role: 'reload', label: text.reload },
        { type: 'separator' },
        { role: 'zoomIn', label: text.zoomIn },
        { role: 'zoomOut', label: text.zoomOut },
        { role: 'resetZoom', label: text.resetZoom },
        { type: 'separator' },
        { role: 'toggleDevTools', label: text.devTools },
      ],
    },
    {
      label: text.help,
      submenu: [{ label: text.about(app.getName()), click: onFocused((win) => void showAbout(win, dataDir, text)) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

async function openDataFolder(dataDir: string, text: MainStrings) {
  const problem = await shell.openPath(dataDir);
  if (problem) dialog.showErrorBox(text.cannotOpenDataFolder, `${dataDir}\n${problem}`);
}

function showAbout(win: BrowserWindow, dataDir: string, text: MainStrings) {
  return dialog.showMessageBox(win, {
    type: 'info',
    title: text.aboutTitle,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: text.dataFolder(dataDir),
  });
}
