import path from 'node:path';
import { app, nativeImage, Menu, Tray, type NativeImage } from 'electron';
import { trayItems, type TrayItem } from './desktopRules';
import type { MainStrings } from './strings';

export interface TrayActions {
  /** resources/icon.ico under the app path */
  iconFile: string;
  text: () => MainStrings;
  /** the host's listening port now (null: not serving), which decides what the menu offers */
  servingPort: () => number | null;
  open(): void;
  showAddresses(): void;
  quit(): void;
}

export interface HostTray {
  /** Says that the window went to the tray and the host keeps serving. */
  notifyHidden(): void;
  destroy(): void;
}

/** The icon, or the app's own program icon where the file is not shipped. */
async function iconOf(file: string): Promise<NativeImage> {
  const image = nativeImage.createFromPath(file);
  return image.isEmpty() ? app.getFileIcon(process.execPath, { size: 'small' }) : image;
}

/** The host's tray icon: the window hidden there keeps serving the office; its menu opens it again or quits. */
export async function createHostTray({ iconFile, text, servingPort, open, showAddresses, quit }: TrayActions): Promise<HostTray> {
  const tray = new Tray(await iconOf(path.resolve(iconFile)));
  const act: Record<TrayItem['id'], () => void> = { open, addresses: showAddresses, quit };
  const label = (id: TrayItem['id']) => ({ open: text().trayOpen, addresses: text().trayAddresses, quit: text().trayQuit })[id];
  tray.setToolTip(text().trayTooltip);
  tray.on('click', open);
  // Built when asked for, so it offers what the host is doing now.
  const menu = () => Menu.buildFromTemplate(trayItems(servingPort()).map(({ id, enabled }) => ({ label: label(id), enabled, click: act[id] })));
  tray.on('right-click', () => tray.popUpContextMenu(menu()));
  return {
    notifyHidden: () => tray.displayBalloon({ title: text().hiddenTitle, content: text().hiddenDetail, iconType: 'info' }),
    destroy: () => tray.destroy(),
  };
}
