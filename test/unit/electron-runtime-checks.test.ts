/**
 * The pre-scripts that get the right runtimes in place, run against throwaway project folders
 * (so the outcome does not depend on whether this machine has Electron).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp';

const CLI = path.resolve(__dirname, '../../electron/cli');

function project(files: Record<string, string>): string {
  const dir = tempDir('bangfu-project-');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'p', private: true, allowScripts: { 'better-sqlite3': true } }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

function run(script: string, cwd: string) {
  const { ELECTRON_OVERRIDE_DIST_PATH: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, [path.join(CLI, script)], { cwd, encoding: 'utf8', env });
  return { status: r.status, output: r.stdout + r.stderr };
}

/** A stand-in electron package whose installer fails, or puts a runtime where index.js looks. */
function electronPackage(installerWorks: boolean) {
  return {
    'node_modules/electron/package.json': JSON.stringify({ name: 'electron', version: '0.0.0' }),
    'node_modules/electron/install.js': installerWorks
      ? `const fs = require('fs'); fs.mkdirSync(__dirname + '/dist'); fs.writeFileSync(__dirname + '/dist/electron', ''); fs.writeFileSync(__dirname + '/path.txt', 'electron');`
      : `console.error('fetch failed'); process.exit(1);`,
  };
}

describe('ensure-electron', () => {
  it('stops with a bilingual way forward when the runtime cannot be downloaded', () => {
    const { status, output } = run('ensure-electron.mjs', project(electronPackage(false)));
    expect(status).toBe(1);
    expect(output).toContain('无法下载 Electron 运行时');
    expect(output).toContain('npm run serve');
    expect(output).toContain('Electron could not be downloaded here');
  });

  it('downloads the runtime once, then leaves it alone', () => {
    const dir = project(electronPackage(true));
    expect(run('ensure-electron.mjs', dir)).toMatchObject({ status: 0, output: expect.stringContaining('Downloading') });
    fs.writeFileSync(path.join(dir, 'node_modules/electron/install.js'), 'process.exit(1)');
    expect(run('ensure-electron.mjs', dir)).toEqual({ status: 0, output: '' });
  });
});

/** A stand-in better-sqlite3 that fails with `problem` until its install script has "rebuilt" it. */
const misbuiltSqlite = (problem: string) => ({
  'node_modules/better-sqlite3/package.json': JSON.stringify({
    name: 'better-sqlite3',
    version: '0.0.0',
    scripts: { install: `node -e "require('fs').writeFileSync('rebuilt', '')"` },
  }),
  'node_modules/better-sqlite3/index.js': `
    const fs = require('fs');
    module.exports = class {
      constructor() {
        if (!fs.existsSync(__dirname + '/rebuilt'))
          throw new Error(${JSON.stringify(problem)});
      }
      close() {}
    };`,
});

describe('ensure-node-abi', () => {
  it('does nothing when better-sqlite3 loads in Node', () => {
    expect(run('ensure-node-abi.mjs', path.resolve(CLI, '../..'))).toEqual({ status: 0, output: '' });
  });

  it.each([
    'The module was compiled against a different Node.js version using NODE_MODULE_VERSION 139. This version of Node.js requires NODE_MODULE_VERSION 115.',
    'Could not locate the bindings file. Tried: build/Release/better_sqlite3.node',
  ])('rebuilds better-sqlite3 for Node when it fails with: %s', (problem) => {
    const dir = project(misbuiltSqlite(problem));
    const { status, output } = run('ensure-node-abi.mjs', dir);
    expect(output).toContain('Rebuilding better-sqlite3 for Node');
    expect(status).toBe(0);
    expect(fs.existsSync(path.join(dir, 'node_modules/better-sqlite3/rebuilt'))).toBe(true);
  });

  it('says so when better-sqlite3 cannot load for another reason', () => {
    const { status, output } = run('ensure-node-abi.mjs', project({}));
    expect(status).toBe(1);
    expect(output).toContain('better-sqlite3 无法在 Node 中加载');
  });
});
