/**
 * The backend in a process of its own: it owns the database and answers the calls its parent
 * relays (Electron's main for the window, `npm run serve` for browsers), so a long import or report
 * keeps this process busy and never the window or the server that talks to other PCs.
 *
 * Started as `host --db=FILE [--migrations=DIR]` by Electron's utilityProcess.fork or Node's
 * child_process.fork (see ./channel). Named arguments are looked up rather than counted, so
 * switches a runtime adds to argv do not shift them.
 */
import path from 'node:path';
import { DbOpenError, openDatabase, type OpenDb } from '../../../db/open';
import { isNetworkPath, mappedDrivesNow } from '../backups/location';
import { startDailyBackups } from '../backups/schedule';
import { createBackend } from '../rpc/dispatch';
import { parentChannel } from './channel';
import { toWire, type FromHost } from './protocol';

const channel = parentChannel();
const inFlight = new Set<Promise<void>>();
let opened: OpenDb | null = null;
let stopping = false;

/**
 * Answers what is under way, then closes the database: closing the last connection checkpoints
 * the WAL into the database file, so nothing is left to replay at the next start.
 */
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  await Promise.allSettled(inFlight);
  if (opened?.sqlite.open) opened.sqlite.close();
  process.exit(code);
}

process.on('SIGTERM', () => void stop(0));
// Ctrl-C in a terminal reaches the whole process group; `npm run serve` stops the HTTP server
// first and then asks this process to stop, so the signal itself is left to the parent.
process.on('SIGINT', () => {});
channel.onGone(() => void stop(0));

try {
  const file = argValue('db');
  if (!file) throw new Error('the database file was not given (--db=FILE)');
  if (isNetworkPath(path.resolve(file), mappedDrivesNow())) throw new DbOpenError('network_path', { file });
  opened = openDatabase({ file, migrationsDir: argValue('migrations') });
} catch (e) {
  // A refused database is the parent's to explain, in its user's language; anything else is logged here too.
  if (!(e instanceof DbOpenError)) console.error(e);
  const report: FromHost =
    e instanceof DbOpenError ? { type: 'refused', problem: e.problem, params: e.params } : { type: 'failed', message: String((e as Error).message ?? e) };
  void channel.send(report).then(() => process.exit(1));
}

if (opened) {
  const backend = createBackend(opened);
  channel.onMessage((message) => {
    if (message.type === 'stop') return void stop(0);
    // The parent sends nothing once it asked for a stop; a call that still comes gets no answer
    // and fails there by its own timeout rather than racing the closing database.
    if (stopping) return;
    const answered = backend
      .call(message.request, message.token, message.client)
      .then((outcome) => channel.send({ type: 'reply', id: message.id, outcome: toWire(outcome) }));
    inFlight.add(answered);
    void answered.finally(() => inFlight.delete(answered));
  });
  void channel.send({ type: 'ready', backupFile: opened.backupFile });
  startDailyBackups(opened.sqlite, (message) => console.error(`[backup] ${message}`));
}

function argValue(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}
