import { fork, type ForkOptions } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { startHost, type HostClient, type HostClientOptions, type HostProcess } from './host-client';
import { hostArgs, type FromHost, type HostFiles } from './protocol';

/** The host's source. Node runs it through tsx, the way `npm run serve` itself runs. */
export const HOST_SOURCE = path.join(__dirname, 'host-process.ts');

/**
 * Starts the host from source with Node's child_process.fork. `serve` runs from source as well:
 * the built dist/electron/host.js belongs to the desktop app and may be older than the sources.
 * tsx's loader is named by its full path so the host starts whatever the working folder.
 */
export function forkHostFromSource(files: HostFiles): ForkedHost {
  return forkHost(HOST_SOURCE, files, { execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] });
}

export type ForkedHost = HostProcess & { pid: number | undefined };

/** The host at `script` (its source under a loader, or a bundle) as a child process of this one. */
export function forkHost(script: string, files: HostFiles, options: Pick<ForkOptions, 'execArgv' | 'env'> = {}): ForkedHost {
  const child = fork(script, hostArgs(files), { execArgv: [], ...options, stdio: 'inherit' });
  let exited = false;
  const exitListeners: ((how: string) => void)[] = [];
  const onEnd = (how: string) => {
    if (exited) return;
    exited = true;
    for (const listener of exitListeners) listener(how);
  };
  // 'error' without 'exit' when the process could not be started at all.
  child.on('error', (e) => onEnd(e.message));
  child.on('exit', (code, signal) => onEnd(signal ? `signal ${signal}` : `exit code ${code}`));
  return {
    pid: child.pid,
    send: (message, undelivered = () => {}) => {
      if (!child.connected) return undelivered();
      child.send(message, (error: Error | null) => error && undelivered());
    },
    onMessage: (listener) => void child.on('message', (message) => listener(message as FromHost)),
    onExit: (listener) => void exitListeners.push(listener),
    kill: () => void child.kill('SIGKILL'),
  };
}

/** The host from source on `files` in a child process, supervised by a client: what `npm run serve` runs on. */
export function startHostFromSource(files: HostFiles, options: Omit<HostClientOptions, 'spawn'> = {}): HostClient {
  return startHost({ ...options, spawn: () => forkHostFromSource(files) });
}
