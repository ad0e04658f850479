/**
 * Browser mode: `npm run serve [-- --data DIR --port N --lan [--lan-port N]]`.
 * Serves the built renderer and the API over HTTP on 127.0.0.1 only; with --lan also over HTTPS
 * on every interface, for the office's other PCs and phones. The backend runs in a child process
 * (see ./backend-server).
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultDataDir } from '../backend/data-dir';
import { intArg, parseArgs } from './args';
import { startBackendServer, stopOnSignal } from './backend-server';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = path.resolve(typeof args.data === 'string' ? args.data : defaultDataDir());
  const port = intArg(args, 'port', 5180);
  const host = typeof args.host === 'string' ? args.host : '127.0.0.1';
  const staticDir = path.resolve(__dirname, '../../dist/renderer');

  const lan = args.lan === true ? { port: intArg(args, 'lan-port', 5443) } : undefined;
  const server = await startBackendServer({ dataDir, port, host, staticDir: fs.existsSync(staticDir) ? staticDir : null, lan });
  console.log(`帮扶生管理系统 / Bangfu office: ${server.url}`);
  if (server.lanUrl) console.log(`局域网 / office network: ${server.lanUrl}`);
  console.log(`数据 / data: ${dataDir}`);
  stopOnSignal(server.stop);
}

void main();
