import fs from 'node:fs';
import path from 'node:path';
import type { KeptSetting } from '../../../contract/dataPackage';
import { machineConfigFile, readMachineConfig, type MachineConfig } from '../../machine/config';
import { writeWhole } from '../../wholeFile';
import { LAN_FILE } from './manifest';

/**
 * This PC's settings in and out of a package: machine.json, and the host's TLS files in lan/ (so
 * every client and phone that trusts the old host trusts the new one). serving.json there is the
 * listener's state now, never packed.
 */
const LAN = 'lan';
const isLanFile = (name: string) => LAN_FILE.test(`${LAN}/${name}`);

/** The host's TLS files in the data folder by name (none when there is no lan/ folder, or something else is in its place). */
export function readLanFiles(dataDir: string): Map<string, Buffer> {
  const dir = path.join(dataDir, LAN);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return new Map();
  return new Map(fs.readdirSync(dir).filter(isLanFile).map((name) => [name, fs.readFileSync(path.join(dir, name))]));
}

/** Makes lan/ hold exactly these TLS files, each written whole (the listener's own files are left alone). */
export function writeLanFiles(dataDir: string, files: ReadonlyMap<string, Buffer>): void {
  const dir = path.join(dataDir, LAN);
  if (files.size === 0 && !(fs.existsSync(dir) && fs.statSync(dir).isDirectory())) return;
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // the key before its certificate, as certificate.ts writes them: a half pair is never read as one
  const keysFirst = [...files.keys()].sort((a, b) => Number(b.includes('key')) - Number(a.includes('key')));
  for (const name of keysFirst) writeWhole(path.join(dir, name), files.get(name)!.toString('utf8'));
  for (const name of fs.readdirSync(dir).filter(isLanFile)) if (!files.has(name)) fs.rmSync(path.join(dir, name));
}

/** machine.json as it is now, to put back byte for byte (null: there is none). */
export function readMachineFile(dataDir: string): string | null {
  const file = machineConfigFile(dataDir);
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}

export function restoreMachineFile(dataDir: string, text: string | null): void {
  if (text === null) fs.rmSync(machineConfigFile(dataDir), { force: true });
  else writeWhole(machineConfigFile(dataDir), text);
}

const isFolderHere = (folder: string) => path.isAbsolute(folder) && fs.existsSync(folder) && fs.statSync(folder).isDirectory();

/**
 * The settings this PC takes from the package's machine.json (read in `stagingDir` by the same
 * rules as this PC's own): host mode, its port and starting with Windows as the office's host had
 * them. What this PC is (holding the data, or a client) stays this PC's: it holds the data now. A
 * second backup folder that is not here (the old PC's USB disk, a share this PC does not see) would
 * only fail every copy, so this PC's own is kept; and what the last copy did on the old PC is not this PC's.
 */
export function mergedMachineConfig(stagingDir: string, packaged: Buffer, here: MachineConfig): { config: MachineConfig; kept: KeptSetting[] } {
  fs.writeFileSync(machineConfigFile(stagingDir), packaged);
  const theirs = readMachineConfig(stagingDir);
  const folder = theirs.backups.secondFolder;
  const usable = folder !== null && isFolderHere(folder);
  const kept: KeptSetting[] = folder !== null && !usable ? [{ setting: 'secondFolder', packaged: folder, kept: here.backups.secondFolder }] : [];
  const backups = { ...theirs.backups, secondFolder: usable ? folder : here.backups.secondFolder, lastCopyProblem: null };
  return { config: { ...theirs, use: here.use, backups }, kept };
}
