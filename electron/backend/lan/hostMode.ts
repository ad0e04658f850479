import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Server as TlsServer } from 'node:tls';
import { createHttpServer } from '../http/server';
import { writeWhole } from '../wholeFile';
import { machineConfigFile, readMachineConfig } from '../machine/config';
import type { Backend } from '../rpc/dispatch';
import { ensureCertificate, hostNames } from './certificate';
import { advertiseHost, type Advertised } from './discovery';
import type { Names } from './issue';

/** What the HTTPS listener is doing now, for 设置 → 局域网 (the backend runs in another process). */
export interface Serving {
  port: number;
  /** why it is not serving although turned on (the port is taken) */
  problem: string | null;
  since: string;
}

const servingFile = (dataDir: string) => path.join(dataDir, 'lan', 'serving.json');

export function readServing(dataDir: string): Serving | null {
  try {
    return JSON.parse(fs.readFileSync(servingFile(dataDir), 'utf8')) as Serving;
  } catch {
    return null;
  }
}

function writeServing(dataDir: string, serving: Serving | null) {
  const file = servingFile(dataDir);
  if (serving === null) return fs.rmSync(file, { force: true });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeWhole(file, JSON.stringify(serving));
}

interface Options {
  dataDir: string;
  backend: Backend;
  staticDir: string | null;
  log: (message: string) => void;
  /** `npm run serve -- --lan`: on whatever the setting says, on this port */
  forced?: { port: number };
  /** how often the PC's addresses are compared with the certificate's */
  resignEveryMs?: number;
  /** this PC's names and addresses now (a test's stand-in for a new address from DHCP) */
  names?: () => Names;
}

const RESIGN_EVERY_MS = 5 * 60_000;

/**
 * Host mode as the setting says: the same contract and renderer over HTTPS on every interface,
 * started, moved or stopped when the administrator changes it on 局域网 (written to machine.json
 * by the backend, read here by the process that owns the sockets: Electron's main or serve).
 */
export function followHostMode({ dataDir, backend, staticDir, log, forced, resignEveryMs = RESIGN_EVERY_MS, names = hostNames }: Options): { stop(): Promise<void> } {
  let server: ReturnType<typeof createHttpServer> | null = null;
  let announced: Advertised | null = null;
  let presented = '';
  let wanted: number | null = null;
  let change = Promise.resolve();

  const apply = async () => {
    const { lan } = readMachineConfig(dataDir);
    const port = forced?.port ?? (lan.enabled ? lan.port : null);
    if (port === wanted) return;
    wanted = port;
    await announced?.stop();
    announced = null;
    if (server) await server.close();
    server = null;
    writeServing(dataDir, null);
    if (port === null) return log('host mode off');
    const certificate = await ensureCertificate(dataDir, names());
    const next = createHttpServer({ backend, staticDir, tls: certificate });
    try {
      await next.listen({ port, host: '0.0.0.0' });
      server = next;
      presented = certificate.cert;
      const actual = (next.server.address() as AddressInfo).port;
      writeServing(dataDir, { port: actual, problem: null, since: new Date().toISOString() });
      announced = advertiseHost({ port: actual, fingerprint: certificate.fingerprint, name: `帮扶生管理系统 ${os.hostname()}:${actual}` }, log);
      log(`host mode on: https port ${actual}, certificate ${certificate.fingerprint}`);
    } catch (e) {
      const problem = (e as NodeJS.ErrnoException).code === 'EADDRINUSE' ? `port ${port} is in use` : (e as Error).message;
      writeServing(dataDir, { port, problem, since: new Date().toISOString() });
      log(`host mode could not start: ${problem}`);
    }
  };
  // One change at a time, in order: a quick off-on must not leave two listeners.
  // What a previous run left (a crash) is not what this one serves.
  writeServing(dataDir, null);
  /** A new address from DHCP (or the certificate near its end): the listener presents a newly signed certificate, connections go on. */
  const resign = async () => {
    if (!server) return;
    const certificate = await ensureCertificate(dataDir, names());
    if (certificate.cert === presented) return;
    (server.server as unknown as TlsServer).setSecureContext({ key: certificate.key, cert: certificate.cert });
    presented = certificate.cert;
    log('host mode: certificate signed anew for this PC’s addresses now');
  };
  const queue = (step: () => Promise<void>) => (change = change.then(() => step().catch((e: unknown) => log(`host mode failed: ${(e as Error).message}`))));
  const follow = () => queue(apply);
  void follow();
  fs.watchFile(machineConfigFile(dataDir), { interval: 1000 }, follow);
  const timer = setInterval(() => queue(resign), resignEveryMs);
  timer.unref();
  return {
    async stop() {
      fs.unwatchFile(machineConfigFile(dataDir), follow);
      clearInterval(timer);
      await change;
      await announced?.stop();
      await server?.close();
      writeServing(dataDir, null);
    },
  };
}
