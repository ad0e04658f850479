import { utilityProcess } from 'electron';
import type { HostProcess } from '../backend/host/host-client';
import { hostArgs, type FromHost, type HostFiles } from '../backend/host/protocol';

/**
 * The backend host in an Electron utility process: a Node process of its own that Electron ends
 * together with the app. Its console goes where main's goes (the log).
 */
export function forkUtilityHost(script: string, files: HostFiles): HostProcess {
  const child = utilityProcess.fork(script, hostArgs(files), { serviceName: 'Bangfu backend', stdio: 'inherit' });
  return {
    send: (message) => child.postMessage(message),
    onMessage: (listener) => void child.on('message', (message: FromHost) => listener(message)),
    onExit: (listener) => void child.once('exit', (code) => listener(`exit code ${code}`)),
    kill: () => void child.kill(),
  };
}
