import { execFileSync } from 'node:child_process';

/**
 * SQLite's locking is not safe over network file systems (and WAL needs shared memory on one
 * machine), so the database must live on a local disk; other PCs use it through host mode.
 */

/**
 * Whether a path is on another computer: a UNC path (`\\server\share`, `//server/share`, `\\?\UNC\…`),
 * or a drive letter mapped to a network share (`mappedDrives` as Windows lists them, e.g. from `net use`: ['Z:']).
 */
export function isNetworkPath(file: string, mappedDrives: readonly string[] = []): boolean {
  const p = file.replace(/\//g, '\\');
  if (/^\\\\\?\\UNC\\/i.test(p)) return true;
  // \\?\C:\… and \\.\C:\… are local paths written the long way
  if (/^\\\\[?.]\\/.test(p)) return isNetworkPath(p.slice(4), mappedDrives);
  if (p.startsWith('\\\\')) return true;
  const drive = /^([a-zA-Z]):/.exec(p)?.[1];
  return drive !== undefined && mappedDrives.some((d) => d.slice(0, 1).toUpperCase() === drive.toUpperCase());
}

/** The drive letters `net use` lists as connected to a share (its output on any Windows language: `OK  Z:  \\server\share …`). */
export function mappedDrivesOf(netUseOutput: string): string[] {
  return [...netUseOutput.matchAll(/^\S*\s+([A-Z]:)\s+\\\\/gm)].map((m) => m[1]);
}

/** This PC's drives mapped to shares, as `net use` lists them (none elsewhere than Windows, or when it cannot run). */
export function mappedDrivesNow(platform: NodeJS.Platform = process.platform): string[] {
  if (platform !== 'win32') return [];
  try {
    // The console's code page (GBK on Chinese Windows) leaves drive letters and backslashes as they are.
    return mappedDrivesOf(execFileSync('net', ['use'], { encoding: 'latin1', windowsHide: true, timeout: 5000 }));
  } catch {
    return [];
  }
}
