/**
 * Run before `npm test`: better-sqlite3 is a native module built for one runtime at a time.
 * `npm start` / `npm run dist` rebuild it for Electron, after which plain Node (vitest, serve)
 * refuses it with a NODE_MODULE_VERSION error. Rebuild it for Node only in that case (or when
 * an interrupted rebuild left no binary at all).
 */
import { spawnSync } from 'node:child_process';

const OPEN_IN_MEMORY = "new (require('better-sqlite3'))(':memory:').close()";
const FIXED_BY_REBUILD = ['NODE_MODULE_VERSION', 'Could not locate the bindings file'];

/** A fresh process each time: a process that once loaded the wrong build keeps it. */
function loadError() {
  const probe = spawnSync(process.execPath, ['-e', OPEN_IN_MEMORY], { encoding: 'utf8' });
  return probe.status === 0 ? null : probe.stderr || `exit ${probe.status}`;
}

let error = loadError();
if (error && FIXED_BY_REBUILD.some((sign) => error.includes(sign))) {
  console.log('better-sqlite3 当前不能在 Node 中加载（通常是刚为 Electron 编译过），正在为 Node 重新编译… / Rebuilding better-sqlite3 for Node…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  spawnSync(npm, ['rebuild', 'better-sqlite3'], { stdio: 'inherit', shell: process.platform === 'win32' });
  error = loadError();
}
if (error) {
  console.error(`better-sqlite3 无法在 Node 中加载 / cannot be loaded in Node:\n${error}`);
  process.exit(1);
}
