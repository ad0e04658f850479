/**
 * Browser mode: `npm run serve [-- --data DIR --port N --host ADDR]`.
 * Serves the built renderer and the API over HTTP on 127.0.0.1 unless --host says otherwise.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { DbOpenError, openDatabase } from '../../db/open';
import { createBackend } from '../backend/rpc/dispatch';
import { createHttpServer } from '../backend/http/server';
import { dbFileIn, defaultDataDir } from '../backend/data-dir';
import { intArg, parseArgs } from './args';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(typeof args.data === 'string' ? args.data : defaultDataDir());
  const port = intArg(args, 'port', 5180);
  const host = typeof args.host === 'string' ? args.host : '127.0.0.1';
  const staticDir = path.resolve(__dirname, '../../dist/renderer');

  let opened;
  try {
    opened = openDatabase({ file: dbFileIn(dataDir) });
  } catch (e) {
    console.error(e instanceof DbOpenError ? `${e.describe('zh-CN')}\n${e.describe('en')}` : e);
    process.exit(1);
  }
  if (opened.backupFile) console.log(`数据库已升级；升级前备份 / backup before upgrade: ${opened.backupFile}`);
  const backend = createBackend(opened);
  const server = createHttpServer({ backend, staticDir: fs.existsSync(staticDir) ? staticDir : null, hostNames: [host] });
  try {
    await server.listen({ port, host });
  } catch (e) {
    console.error((e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `端口 ${port} 已被占用 / port ${port} is in use: try --port` : e);
    process.exit(1);
  }
  const { port: actualPort } = server.server.address() as AddressInfo;
  console.log(`帮扶生管理系统 / Bangfu office: http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`);
  console.log(`数据 / data: ${dataDir}`);
  const stop = () => void server.close().finally(() => {
    opened.sqlite.close();
    process.exit(0);
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
