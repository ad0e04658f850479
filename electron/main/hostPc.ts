import fs from 'node:fs';
import os from 'node:os';
import { dialog } from 'electron';
import { authorityFile, describeCertificate, lanAddresses } from '../backend/lan/certificate';
import { readServing } from '../backend/lan/hostMode';
import { machineConfigFile, readMachineConfig } from '../backend/machine/config';
import { applyAutostart } from './autostart';
import { hostUrls, wantsTray } from './desktopRules';
import type { MainStrings } from './strings';
import { createHostTray, type HostTray } from './tray';

export interface HostPc {
  /** host mode is on: the window hides to the tray instead of quitting */
  hostMode(): boolean;
  notifyHidden(): void;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  iconFile: string;
  text: () => MainStrings;
  open(): void;
  quit(): void;
}

/**
 * The PC holding the data, as its machine.json says (written by the backend when the administrator
 * changes 局域网): with host mode on it has a tray icon and may start with Windows; followed while
 * the app runs, as host mode itself is (electron/backend/lan/hostMode.ts).
 */
export function followHostPc({ dataDir, iconFile, text, open, quit }: Options): HostPc {
  let hostMode = false;
  let tray: Promise<HostTray> | null = null;

  const servingPort = () => {
    const serving = readServing(dataDir);
    return serving && !serving.problem ? serving.port : null;
  };

  const showAddresses = () => {
    const serving = readServing(dataDir);
    const port = servingPort();
    void dialog.showMessageBox({
      type: 'info',
      title: text().addressesTitle,
      message: port === null ? text().addressesNotServing(serving?.problem ?? null) : text().addressesMessage,
      detail: port === null ? '' : text().addressesDetail(hostUrls(port, os.hostname(), lanAddresses()), fingerprint(dataDir)),
    });
  };

  const apply = () => {
    const config = readMachineConfig(dataDir);
    hostMode = config.lan.enabled;
    applyAutostart({ own: true, hostMode, startAtLogin: config.startAtLogin });
    if (wantsTray({ own: true, hostMode })) tray ??= createHostTray({ iconFile, text, servingPort, open, showAddresses, quit });
    else if (tray) {
      void tray.then((t) => t.destroy());
      tray = null;
    }
  };
  apply();
  fs.watchFile(machineConfigFile(dataDir), { interval: 1000 }, apply);

  return {
    hostMode: () => hostMode,
    notifyHidden: () => void tray?.then((t) => t.notifyHidden()),
    async stop() {
      fs.unwatchFile(machineConfigFile(dataDir), apply);
      (await tray)?.destroy();
      tray = null;
    },
  };
}

/** The certificate's fingerprint others compare, once host mode made one. */
function fingerprint(dataDir: string): string | null {
  try {
    return describeCertificate(fs.readFileSync(authorityFile(dataDir), 'utf8')).fingerprint;
  } catch {
    return null;
  }
}
