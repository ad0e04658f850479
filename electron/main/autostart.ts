import { app } from 'electron';
import { loginItem } from './desktopRules';

/**
 * Windows' sign-in entry for the app, as the administrator set it on 局域网 (machine.json). Set
 * again whenever that changes; the entry starts the app hidden, serving from the tray.
 */
export function applyAutostart(state: Parameters<typeof loginItem>[0]): void {
  // Only Windows and macOS keep such entries; elsewhere Electron ignores the call.
  app.setLoginItemSettings(loginItem(state));
}
