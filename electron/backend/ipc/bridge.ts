import type { Envelope, RpcRequest } from '../../contract/errors';

/** IPC channel names shared by preload and main. */
export const RPC_CHANNEL = 'bangfu:rpc';
export const PRINT_CHANNEL = 'bangfu:print';
export const REPORT_READY_CHANNEL = 'bangfu:report-ready';

export type PrintMode = 'print' | 'pdf';

/**
 * Print a report page (a `#/print/…` route of the app) through the system dialog, or save it as
 * an A4 PDF the user places. Main renders the route in a hidden window of its own; the page and
 * the paper's orientation are main's to check, not the renderer's to say.
 */
export interface PrintRequest {
  mode: PrintMode;
  /** the report's route, e.g. `/print/roster?classId=3&columns=gender` */
  path: string;
  /** suggested in the save dialog */
  fileName?: string;
}

/** A report page's word to main that it is drawn, or why it could not be. */
export type ReportReady = { ok: true } | { ok: false; message: string };

export type PrintOutcome = { ok: true; file?: string } | { ok: false; reason: 'cancelled' | 'failed'; message?: string };

/** What preload exposes as `window.bangfu`; absent in browser mode. */
export interface BangfuBridge {
  invoke(request: RpcRequest): Promise<Envelope<unknown>>;
  print(request: PrintRequest): Promise<PrintOutcome>;
  /** Called by every report page once drawn; main waits for it before printing its hidden window. */
  reportReady(state: ReportReady): Promise<void>;
}
