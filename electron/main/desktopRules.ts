/**
 * The desktop app's decisions about its window, tray and Windows sign-in, apart from the Electron
 * calls that carry them out (./tray.ts, ./autostart.ts, ./main.ts), so they can be tested in Node.
 * "Host mode" here is this PC serving the office network (machine.json's lan.enabled).
 */

/** How the app is started at Windows sign-in: the window stays hidden, the host serves from the tray. */
export const HIDDEN_ARG = '--hidden';

/** Closing the main window: with host mode on it hides (the office still uses this PC); otherwise the app quits as always. */
export function closeAction({ hostMode, quitting }: { hostMode: boolean; quitting: boolean }): 'hide' | 'close' {
  return hostMode && !quitting ? 'hide' : 'close';
}

/**
 * Whether the window is shown when the app starts. Started hidden by Windows but no longer a host
 * (host mode turned off since), there would be no tray to open it from: it is shown.
 */
export function showAtStart(argv: readonly string[], hostMode: boolean): boolean {
  return !(hostMode && argv.includes(HIDDEN_ARG));
}

/** The Windows sign-in entry: only a PC serving the office starts with Windows, hidden in the tray. */
export function loginItem({ own, hostMode, startAtLogin }: { own: boolean; hostMode: boolean; startAtLogin: boolean }) {
  return { openAtLogin: own && hostMode && startAtLogin, args: [HIDDEN_ARG] };
}

/** The tray icon is there while this PC serves the office: it is how a hidden window is opened again and the host stopped. */
export const wantsTray = ({ own, hostMode }: { own: boolean; hostMode: boolean }) => own && hostMode;

export type TrayItem = { id: 'open' | 'addresses' | 'quit'; enabled: boolean };

/** The tray menu: open the window, the addresses others use (once it listens), quit (stops the host). */
export function trayItems(servingPort: number | null): TrayItem[] {
  return [
    { id: 'open', enabled: true },
    { id: 'addresses', enabled: servingPort !== null },
    { id: 'quit', enabled: true },
  ];
}

/** Where other PCs and phones open the host: its name first, then each address. */
export function hostUrls(servingPort: number, hostName: string, addresses: readonly string[]): string[] {
  return [...new Set([hostName, ...addresses])].map((name) => `https://${name}:${servingPort}/`);
}

/** Whether closing to the tray is explained this time: once a run is enough. */
export function balloonDue(shownBefore: boolean, action: 'hide' | 'close'): boolean {
  return action === 'hide' && !shownBefore;
}
