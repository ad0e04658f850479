import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../rpc/errors';
import { FORMAT, LAN_FILE, MACHINE, MANIFEST, manifestSchema, REGISTER, type Manifest } from './manifest';
import { breathe, CHUNK } from './write';

/** A package unpacked into a folder of its own and checked entry by entry against its manifest. */
export interface StagedPackage {
  manifest: Manifest;
  /** the register, unpacked to a file beside the data */
  register: string;
  machine: Buffer | null;
  /** the host's TLS files by their name in lan/ */
  lan: Map<string, Buffer>;
}

type Problem = 'not_zip' | 'truncated' | 'damaged' | 'no_manifest' | 'unlisted';
export const invalid = (problem: Problem | 'db_damaged' | 'db_not_ours') => new AppError('package_invalid', { problem: { key: `package_problem_${problem}` } });

/** Small entries are read into memory: one larger than this is not one the app wrote. */
const SMALL_MAX = 1 << 20;

interface Received {
  hash: crypto.Hash;
  bytes: number;
  done: boolean;
  parts?: Buffer[];
}

/** A zip starts with a local file header and ends with the end of its central directory (fflate writes no comment). */
function checkEnds(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    const size = fs.fstatSync(fd).size;
    const head = Buffer.alloc(4);
    fs.readSync(fd, head, 0, 4, 0);
    if (size < 26 || head.readUInt32LE(0) !== 0x04034b50) throw invalid('not_zip');
    const tail = Buffer.alloc(4);
    fs.readSync(fd, tail, 0, 4, size - 22);
    if (tail.readUInt32LE(0) !== 0x06054b50) throw invalid('truncated');
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Unpacks the package a chunk at a time (fflate's streaming Unzip): the register to a file in
 * `stagingDir`, the small entries to memory, every one hashed on the way. Refused, in words, when
 * it is not a package, is cut short or damaged, lists other files than it holds, any entry's
 * SHA-256 differs from its manifest's, or a newer version made it (`knownMigrations`: this build's).
 */
export async function readPackage(file: string, stagingDir: string, knownMigrations: ReadonlySet<string>): Promise<StagedPackage> {
  checkEnds(file);
  const register = path.join(stagingDir, REGISTER);
  const registerFd = fs.openSync(register, 'w', 0o600);
  const received = new Map<string, Received>();
  let unlisted = false;
  // A failure to write here (a full disk) is said as it is, not as a damaged package.
  let writeFailure: unknown = null;
  try {
    const unzip = new Unzip((entry: UnzipFile) => {
      const known = entry.name === REGISTER || entry.name === MACHINE || entry.name === MANIFEST || LAN_FILE.test(entry.name);
      if (!known || received.has(entry.name)) {
        unlisted = true;
        return;
      }
      const r: Received = { hash: crypto.createHash('sha256'), bytes: 0, done: false, parts: entry.name === REGISTER ? undefined : [] };
      received.set(entry.name, r);
      entry.ondata = (error, data, final) => {
        if (error) throw error;
        r.hash.update(data);
        r.bytes += data.length;
        if (r.parts) {
          if (r.bytes > SMALL_MAX) throw new Error(`${entry.name} is too large`);
          r.parts.push(Buffer.from(data));
        } else {
          try {
            fs.writeSync(registerFd, data);
          } catch (e) {
            writeFailure ??= e;
          }
        }
        r.done = final;
      };
      entry.start();
    });
    unzip.register(UnzipInflate);
    await pushAll(file, unzip, () => writeFailure);
  } finally {
    fs.closeSync(registerFd);
  }
  if ([...received.values()].some((r) => !r.done)) throw invalid('truncated');
  const manifest = parseManifest(received.get(MANIFEST));
  received.delete(MANIFEST);
  const listed = Object.keys(manifest.entries);
  if (unlisted || !received.has(REGISTER) || listed.length !== received.size || listed.some((name) => !received.has(name))) throw invalid('unlisted');
  for (const [name, r] of received) {
    const expected = manifest.entries[name];
    if (r.hash.digest('hex') !== expected.sha256 || r.bytes !== expected.bytes) throw new AppError('package_changed', { entry: name });
  }
  if (manifest.migrations.some((m) => !knownMigrations.has(m))) throw new AppError('package_too_new', { version: manifest.appVersion });
  const small = (name: string) => Buffer.concat(received.get(name)!.parts!);
  return {
    manifest,
    register,
    machine: received.has(MACHINE) ? small(MACHINE) : null,
    lan: new Map([...received.keys()].flatMap((name) => (LAN_FILE.test(name) ? [[LAN_FILE.exec(name)![1], small(name)] as const] : []))),
  };
}

/** Feeds the whole file to the unzipper; what it cannot make sense of is a damaged package. */
async function pushAll(file: string, unzip: Unzip, writeFailure: () => unknown): Promise<void> {
  const fd = fs.openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, CHUNK, null);
      try {
        unzip.push(new Uint8Array(buffer.subarray(0, n)), n === 0);
      } catch {
        throw writeFailure() ?? invalid('damaged');
      }
      if (writeFailure()) throw writeFailure();
      if (n === 0) return;
      await breathe();
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** The manifest, read loosely first: a newer format is said as such, not as a broken manifest. */
function parseManifest(r: Received | undefined): Manifest {
  if (!r?.parts) throw invalid('no_manifest');
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(r.parts).toString('utf8'));
  } catch {
    throw invalid('no_manifest');
  }
  const { format, appVersion } = json as { format?: unknown; appVersion?: unknown };
  if (typeof format === 'number' && format > FORMAT) throw new AppError('package_too_new', { version: String(appVersion ?? '?') });
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw invalid('no_manifest');
  return parsed.data;
}
