import os from 'node:os';
import path from 'node:path';

const FOLDER = 'BangfuOffice';
export const DB_FILE_NAME = 'bangfu.sqlite';

/**
 * The per-user data folder, shared by the desktop app and `npm run serve` on the same PC
 * (never inside the app folder, which an update replaces).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming'), FOLDER);
  if (platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support', FOLDER);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config'), FOLDER);
}

export const dbFileIn = (dataDir: string) => path.join(dataDir, DB_FILE_NAME);
