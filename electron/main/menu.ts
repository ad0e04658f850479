import { app, BrowserWindow, dialog, Menu, shell, type MenuItemConstructorOptions } from 'electron';
import type { PrintRequest } from '../backend/ipc/bridge';

export interface MenuActions {
  /** The per-user folder holding the database and its backups. */
  dataDir: string;
  print(win: BrowserWindow, request: PrintRequest): void;
}

/** The Chinese application menu; every command acts on the focused window. */
export function buildAppMenu({ dataDir, print }: MenuActions): Menu {
  const onFocused = (act: (win: BrowserWindow) => void) => () => {
    const win = BrowserWindow.getFocusedWindow();
    if (win) act(win);
  };

  const template: MenuItemConstructorOptions[] = [
    {
      label: '文件(&F)',
      submenu: [
        { label: '打印…', accelerator: 'CmdOrCtrl+P', click: onFocused((win) => print(win, { mode: 'print' })) },
        { label: '另存为 PDF…', accelerator: 'CmdOrCtrl+Shift+S', click: onFocused((win) => print(win, { mode: 'pdf' })) },
        { type: 'separator' },
        { label: '打开数据文件夹', click: () => void openDataFolder(dataDir) },
        { type: 'separator' },
        { role: 'quit', label: '退出' },
      ],
    },
    {
      label: '编辑(&E)',
      submenu: [
        { role: 'undo', label: '撤销' },
        { role: 'redo', label: '重做' },
        { type: 'separator' },
        { role: 'cut', label: '剪切' },
        { role: 'copy', label: '复制' },
        { role: 'paste', label: '粘贴' },
        { type: 'separator' },
        { role: 'selectAll', label: '全选' },
      ],
    },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        { type: 'separator' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { role: 'resetZoom', label: '实际大小' },
        { type: 'separator' },
        { role: 'toggleDevTools', label: '开发者工具' },
      ],
    },
    {
      label: '帮助(&H)',
      submenu: [{ label: `关于${app.getName()}`, click: onFocused((win) => void showAbout(win, dataDir)) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}

async function openDataFolder(dataDir: string) {
  const problem = await shell.openPath(dataDir);
  if (problem) dialog.showErrorBox('无法打开数据文件夹', `${dataDir}\n${problem}`);
}

function showAbout(win: BrowserWindow, dataDir: string) {
  return dialog.showMessageBox(win, {
    type: 'info',
    title: '关于',
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `数据文件夹：${dataDir}`,
  });
}
