/**
 * Browser mode: `npm run serve [-- --data DIR --port N --host ADDR]`.
 * Serves the built renderer and the API over HTTP on 127.0.0.1 unless --host says otherwise.
 *
 * The backend runs in a child process (electron/backend/host, the same code the desktop app runs
 * in a utility process); this process only serves HTTP and relays calls to it. The HTTP server is
 * kept here rather than in the host: its port, connections and per-address limits then outlive a
 * host that crashes and is started again, and browsers get a clear "unavailable" meanwhile instead
 * of a refused connection.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DbOpenError } from '../../db/open-error';
import { dbFileIn, defaultDataDir } from '../backend/data-dir';
import { startHostFromSource } from '../backend/host/node-fork';
import { createHttpServer } from '../backend/http/server';
import { intArg, parseArgs } from './args';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(typeof args.data === 'string' ? args.data : defaultDataDir());
  const port = intArg(args, 'port', 5180);
  const host = typeof args.host === 'string' ? args.host : '127.0.0.1';
  const staticDir = path.resolve(__dirname, '../../dist/renderer');

  const backend = startHostFromSource(
    { dbFile: dbFileIn(dataDir) },
    {
      log: (message) => console.error(`数据服务 / backend: ${message}`),
      // Nothing can be served without it: stop, so whoever started the server sees why.
      onGiveUp: (e) => {
        console.error(`数据服务已停止 / the backend stopped: ${describe(e)}`);
        process.exit(1);
      },
    },
  );
  const started = await backend.started;
  if (!started.ok) {
    console.error(describe(started.error));
    process.exit(1);
  }
  if (started.backupFile) console.log(`数据库已升级；升级前备份 / backup before upgrade: ${started.backupFile}`);

  const server = createHttpServer({ backend, staticDir: fs.existsSync(staticDir) ? staticDir : null, hostNames: [host] });
  try {
    await server.listen({ port, host });
  } catch (e) {
    console.error((e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `端口 ${port} 已被占用 / port ${port} is in use: try --port` : e);
    await backend.stop();
    process.exit(1);
  }
  const { port: actualPort } = server.server.address() as AddressInfo;
  console.log(`帮扶生管理系统 / Bangfu office: http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`);
  console.log(`数据 / data: ${dataDir}`);
  // The server first (no new calls), then the host: it answers what is under way and closes the database.
  const stop = () =>
    void server
      .close()
      .then(() => backend.stop())
      .finally(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

function describe(e: Error): string {
  return e instanceof DbOpenError ? `${e.describe('zh-CN')}\n${e.describe('en')}` : e.message;
}

void main();
