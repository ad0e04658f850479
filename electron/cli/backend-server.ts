/**
 * What `npm run serve` and `npm run dev` both run on: the backend in a child process
 * (electron/backend/host, the same code the desktop app runs in a utility process) and the HTTP
 * server that relays browsers' calls to it. The HTTP server is kept in this process rather than in
 * the host: its port, connections and per-address limits then outlive a host that crashes and is
 * started again, and browsers get a clear "unavailable" meanwhile instead of a refused connection.
 */
import type { AddressInfo } from 'node:net';
import { DbOpenError } from '../../db/open-error';
import { dbFileIn } from '../backend/data-dir';
import { startHostFromSource } from '../backend/host/node-fork';
import { createHttpServer } from '../backend/http/server';

export interface BackendServer {
  /** e.g. http://127.0.0.1:5180 */
  url: string;
  /** The server first (no new calls), then the host: it answers what is under way and closes the database. */
  stop(): Promise<void>;
}

/** Exits the process, saying why, when the database is refused or the port is taken. */
export async function startBackendServer(options: { dataDir: string; port: number; host: string; staticDir: string | null }): Promise<BackendServer> {
  const { dataDir, port, host, staticDir } = options;
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
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
    stop: () => server.close().then(() => backend.stop()),
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

function describe(e: Error): string {
  return e instanceof DbOpenError ? `${e.describe('zh-CN')}\n${e.describe('en')}` : e.message;
}
