import type { FromHost, ToHost } from './protocol';

/** The host's line to the process that started it: the same whether Electron or Node started it. */
export interface ParentChannel {
  /** Settles once the message is handed to the parent, so the host may exit after it without losing it. */
  send(message: FromHost): Promise<void>;
  onMessage(listener: (message: ToHost) => void): void;
  /** The parent went away without asking the host to stop. */
  onGone(listener: () => void): void;
}

/** What Electron gives a utility process as `process.parentPort` (typed here: the host does not import electron). */
export interface ElectronParentPort {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (event: { data: unknown }) => void): unknown;
}

type HostProcessGlobals = Pick<NodeJS.Process, 'send' | 'on'> & { parentPort?: ElectronParentPort };

/**
 * Electron's utility process has `process.parentPort` (messages wrapped in an event's `data`);
 * Node's `child_process.fork` has `process.send` and `'message'` events.
 */
export function parentChannel(proc: HostProcessGlobals = process): ParentChannel {
  const port = proc.parentPort;
  if (port) {
    return {
      send: async (message) => port.postMessage(message),
      onMessage: (listener) => void port.on('message', (event) => listener(event.data as ToHost)),
      // Electron ends a utility process together with its app: there is no orphan to notice.
      onGone: () => {},
    };
  }
  const send = proc.send?.bind(proc);
  if (!send) throw new Error('the backend host must be started by the app (utilityProcess) or by `npm run serve` (fork)');
  return {
    // With a callback a closed channel is reported there instead of as a process 'error' event
    // (which would crash the host); `onGone` then stops it cleanly.
    send: (message) => new Promise((resolve) => void send(message, undefined, undefined, () => resolve())),
    onMessage: (listener) => void proc.on('message', (message) => listener(message as ToHost)),
    onGone: (listener) => void proc.on('disconnect', listener),
  };
}
