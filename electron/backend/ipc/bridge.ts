import type { Envelope, RpcRequest } from '../../contract/errors';

/** IPC channel names shared by preload and main. */
export const RPC_CHANNEL = 'bangfu:rpc';
export const PRINT_CHANNEL = 'bangfu:print';

/** Print the asking window through the system dialog, or save it as an A4 PDF the user places. */
export type PrintRequest = { mode: 'print'; landscape?: boolean } | { mode: 'pdf'; landscape?: boolean; fileName?: string };

export type PrintOutcome = { ok: true; file?: string } | { ok: false; reason: 'cancelled' | 'failed'; message?: string };

/** What preload exposes as `window.bangfu`; absent in browser mode. */
export interface BangfuBridge {
  invoke(request: RpcRequest): Promise<Envelope<unknown>>;
  print(request: PrintRequest): Promise<PrintOutcome>;
}
