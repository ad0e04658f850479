/**
 * `npm run dev` as a terminal runs it: a child process with Vite's dev server in front of the
 * backend on a temporary data folder, stopped with Ctrl-C.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { dbFileIn } from '../../electron/backend/data-dir';
import { HttpClient } from '../support/api';

const REPO = path.resolve(__dirname, '../..');
/** The printed line: the page to open and, after the next ": ", the data folder. */
const READY = /(http:\/\/127\.0\.0\.1:\d+\/) · [^\n]*?: ([^\n]+)\n/;

let dev: ChildProcess | null = null;
// After a failure too: stopped as Ctrl-C stops it, so it removes its data folder.
afterEach(async () => {
  if (!dev || dev.exitCode !== null || dev.signalCode !== null) return;
  dev.kill('SIGINT');
  await once(dev, 'exit');
});

/** Status of a request naming another host, which a DNS-rebinding page would send. */
function statusWithHost(url: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { Host: host } }, (res) => resolve(res.resume().statusCode!)).on('error', reject);
  });
}

/** Linux only: processes whose command line names `text` (the host is started with --db=FILE). */
function processesNaming(text: string): string[] {
  return fs.readdirSync('/proc').filter((pid) => {
    try {
      return /^\d+$/.test(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
    } catch {
      return false; // ended meanwhile
    }
  });
}

describe('npm run dev', () => {
  it('serves the renderer from source, relays the API for its own pages only, and Ctrl-C stops it all and removes the temporary data', async () => {
    dev = spawn(process.execPath, ['--import', pathToFileURL(require.resolve('tsx')).href, 'electron/cli/dev.ts', '--port', '0'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let printed = '';
    dev.stdout!.on('data', (chunk: Buffer) => (printed += chunk.toString()));
    await expect.poll(() => printed, { timeout: 120_000 }).toMatch(READY);
    const [, url, dataDir] = printed.match(READY)!;
    expect(fs.existsSync(dataDir)).toBe(true);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('/@vite/client');
    // renderer/api/*.ts are modules under /api/ too: Vite's to serve, not the backend's.
    const module = await fetch(new URL('api/client.ts', url));
    expect([module.status, module.headers.get('content-type')]).toEqual([200, 'text/javascript']);
    expect(await statusWithHost(url, `evil.example:${new URL(url).port}`)).toBe(403);

    const browser = new HttpClient(url);
    const ownPage = { Origin: new URL(url).origin, 'Sec-Fetch-Site': 'same-origin' };
    const setup = await browser.raw('auth.setup', { username: 'admin', displayName: '管理员', password: 'admin-pass-1', schoolName: '测试学校' }, ownPage);
    expect(setup.ok).toBe(true);
    expect((await browser.raw('auth.login', { username: 'admin', password: 'admin-pass-1' }, ownPage)).ok).toBe(true);
    expect((await browser.call('settings.get', {})).schoolName).toBe('测试学校');
    // The proxy speaks for its own pages only: another site's Origin reaches the backend as it was sent.
    await expect(browser.raw('settings.get', {}, { Origin: 'http://evil.example' })).rejects.toThrow(/HTTP 403/);

    const host = `--db=${dbFileIn(dataDir)}`;
    if (process.platform === 'linux') expect(processesNaming(host)).toHaveLength(1);
    dev.kill('SIGINT');
    const [code] = await once(dev, 'exit');
    expect(code).toBe(0);
    expect(fs.existsSync(dataDir)).toBe(false);
    await expect(fetch(url)).rejects.toThrow();
    if (process.platform === 'linux') expect(processesNaming(host)).toEqual([]);
  }, 240_000);
});
