import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { scripts } from '../../package.json';
import { tempDir } from './temp';

const REPO = path.resolve(__dirname, '../..');

/**
 * The backend host bundled as `npm run build:electron` bundles it (the script's own entry and
 * flags, into a temp folder rather than dist/, which others use): what the desktop app's utility
 * process runs. Fails when the script no longer builds the host.
 */
export function buildHostBundle(): string {
  const words = scripts['build:electron'].split(/\s+/);
  const entry = words.find((w) => w.startsWith('host='));
  if (!entry) throw new Error('build:electron does not build the backend host (host=…)');
  const flags = words.filter((w) => w.startsWith('--') && !w.startsWith('--outdir='));
  const outdir = tempDir('bangfu-host-bundle-');
  const esbuild = path.join(REPO, 'node_modules', '.bin', process.platform === 'win32' ? 'esbuild.cmd' : 'esbuild');
  execFileSync(esbuild, [entry, ...flags, `--outdir=${outdir}`, '--log-level=error'], { cwd: REPO, shell: process.platform === 'win32' });
  return path.join(outdir, 'host.js');
}

/** What a bundle outside the repo needs to find the packages it leaves out (better-sqlite3). */
export const bundleEnv = (): NodeJS.ProcessEnv => ({ ...process.env, NODE_PATH: path.join(REPO, 'node_modules') });
