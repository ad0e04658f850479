/**
 * What `npm run serve` and `npm run dev` both run on: the backend in a child process
 * (electron/backend/host, the same code the desktop app runs in a utility process) and the HTTP
 * server that relays browsers' calls to it. The HTTP server is kept in this process rather than in
 * the host: its port, connections and per-address limits then outlive a host that crashes and is
 * started again, and browsers get a clear "unavailable" meanwhile instead of a refused connection.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { DbOpenError } from '../../db/open-error';
import { dbFileIn } from '../backend/data-dir';
import { startHostFromSource } from '../backend/host/node-fork';
import { createHttpServer } from '../backend/http/server';
import { followHostMode, readServing, type Serving } from '../backend/lan/hostMode';

export interface BackendServer {
  /** e.g. http://127.0.0.1:5180 */
  url: string;
  /** with --lan: https://PCNAME:5443, for the office's other PCs and phones */
  lanUrl?: string;
  /** The server first (no new calls), then the host: it answers what is under way and closes the database. */
  stop(): Promise<void>;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * Exits the process, saying why, when the database is refused or a port is taken. Plain HTTP is
 * served on loopback only; `lan` adds HTTPS on every interface for the office's other PCs and phones.
 */
export async function startBackendServer(options: { dataDir: string; port: number; host: string; staticDir: string | null; lan?: { port: number } }): Promise<BackendServer> {
  const { dataDir, port, host, staticDir, lan } = options;
  if (!LOOPBACK.has(host)) {
    console.error(`明文 HTTP 只在本机（127.0.0.1）提供；局域网请用 --lan（HTTPS）/ plain HTTP is served on 127.0.0.1 only: use --lan (HTTPS) for the office network`);
    process.exit(1);
  }
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

  const server = createHttpServer({ backend, staticDir, hostNames: [host] });
  try {
    await server.listen({ port, host });
  } catch (e) {
    console.error((e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `端口 ${port} 已被占用 / port ${port} is in use: try --port` : e);
    await backend.stop();
    process.exit(1);
  }
  const { port: actualPort } = server.server.address() as AddressInfo;
  // Host mode: forced on by --lan, else as the administrator sets it on 局域网.
  const lanServer = followHostMode({ dataDir, backend, staticDir, forced: lan, log: (message) => console.log(`局域网 / office network: ${message}`) });
  const serving = lan ? await waitForServing(dataDir) : null;
  const lanUrl = serving && !serving.problem ? `https://${os.hostname()}:${serving.port}` : undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    lanUrl,
    stop: () => Promise.all([server.close(), lanServer.stop()]).then(() => backend.stop()),
  };
}

/**
 * Ctrl-C or a termination request runs `stop` once, then exits. Later signals are ignored rather
 * than killing the process halfway through closing the database.
 */
export function stopOnSignal(stop: () => Promise<void>) {
  let stopping = false;
  const onSignal = () => {
    if (stopping) return;
    stopping = true;
    void stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Host mode's first start, for the command line to print its address (or why it could not listen). */
async function waitForServing(dataDir: string): Promise<Serving | null> {
  for (let i = 0; i < 300; i++) {
    const serving = readServing(dataDir);
    if (serving) return serving;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

function describe(e: Error): string {
  return e instanceof DbOpenError ? `${e.describe('zh-CN')}\n${e.describe('en')}` : e.message;
}
