/**
 * Working on the UI: `npm run dev [-- --data DIR --port N]`.
 * Vite's dev server serves the renderer from source with hot reload on 127.0.0.1 and passes
 * /api/rpc to the backend `npm run serve` runs (./backend-server) on a free loopback port. The
 * data is a new temporary folder, removed on exit, or DIR (e.g. one made by
 * `npm run demo -- --data DIR`), kept.
 */
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { intArg, parseArgs } from './args';
import { startBackendServer, stopOnSignal } from './backend-server';

const REPO = path.resolve(__dirname, '../..');
const HOST = '127.0.0.1';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const temporary = typeof args.data !== 'string';
  const dataDir = temporary ? fs.mkdtempSync(path.join(os.tmpdir(), 'bangfu-dev-')) : path.resolve(String(args.data));
  const port = intArg(args, 'port', 5173);
  // However the process ends; by then the host has closed the database (or never opened it).
  if (temporary) process.on('exit', () => fs.rmSync(dataDir, { recursive: true, force: true }));

  const backend = await startBackendServer({ dataDir, port: 0, host: HOST, staticDir: null });
  let vite: ViteDevServer;
  try {
    vite = await startVite(port, backend.url);
  } catch (e) {
    console.error(e);
    await backend.stop();
    process.exit(1);
  }
  const where = temporary ? '临时数据，退出时删除 / temporary data, removed on exit' : '数据 / data';
  console.log(`帮扶生管理系统（开发）/ Bangfu office (dev): ${vite.resolvedUrls?.local[0]} · ${where}: ${dataDir}`);
  stopOnSignal(() => vite.close().then(backend.stop));
}

async function startVite(port: number, apiUrl: string): Promise<ViteDevServer> {
  const vite = await createServer({
    configFile: path.join(REPO, 'vite.config.mts'),
    root: path.join(REPO, 'renderer'),
    clearScreen: false,
    server: {
      host: HOST,
      port,
      proxy: {
        // The one API path: renderer/api/*.ts are modules Vite serves under /api/ too.
        '^/api/rpc$': {
          target: apiUrl,
          // The backend answers only to its own host name, and to pages of its own origin.
          changeOrigin: true,
          configure: (proxy) => proxy.on('proxyReq', (proxyReq, req) => void (fromOwnPage(req) && proxyReq.setHeader('Origin', apiUrl))),
        },
      },
    },
  });
  return vite.listen();
}

/**
 * A page of this dev server stands for the backend's own page, so its Origin is rewritten to the
 * backend's; any other Origin goes on unchanged and the backend refuses it as it would without the
 * proxy. The Host it is compared with is one Vite accepted (it refuses names not its own).
 */
function fromOwnPage(req: IncomingMessage): boolean {
  try {
    return new URL(req.headers.origin ?? '').host === req.headers.host;
  } catch {
    return false;
  }
}

void main();
