import { Zip, ZipDeflate } from 'fflate';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { MANIFEST, type EntryDigest, type Manifest } from './manifest';

/** An entry of the package: a file read a chunk at a time (the register may be hundreds of MB), or a small one in memory. */
export type PackEntry = { name: string; file: string } | { name: string; data: Uint8Array };

/** How much of a file is read, compressed and written at a time: memory stays about this, whatever the register's size. */
export const CHUNK = 1 << 20;

/** Lets the other users' calls in between chunks: compressing is synchronous. */
export const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Writes the package to `target` (a zip, each entry deflated as it is read, with fflate's streaming
 * Zip) and its manifest last, with each entry's SHA-256 and size taken on the way. Readable by its
 * owner only, and flushed to the disk before it is called written: it is carried to another PC.
 */
export async function writePackage(
  target: string,
  entries: readonly PackEntry[],
  manifestOf: (digests: Record<string, EntryDigest>) => Manifest,
): Promise<number> {
  const fd = fs.openSync(target, 'w', 0o600);
  let failure: Error | null = null;
  try {
    const zip = new Zip((error, chunk) => {
      if (error) failure = error;
      else if (!failure) fs.writeSync(fd, chunk);
    });
    const add = (name: string) => {
      const stream = new ZipDeflate(name, { level: 6 });
      zip.add(stream);
      return stream;
    };
    const digests: Record<string, EntryDigest> = {};
    for (const e of entries) {
      const stream = add(e.name);
      const hash = crypto.createHash('sha256');
      let bytes = 0;
      for await (const chunk of chunksOf(e)) {
        hash.update(chunk.data);
        bytes += chunk.data.length;
        stream.push(chunk.data, chunk.last);
        if (failure) throw failure;
      }
      digests[e.name] = { sha256: hash.digest('hex'), bytes };
    }
    add(MANIFEST).push(new TextEncoder().encode(JSON.stringify(manifestOf(digests), null, 2)), true);
    zip.end();
    if (failure) throw failure;
    fs.fsyncSync(fd);
    return fs.fstatSync(fd).size;
  } finally {
    fs.closeSync(fd);
  }
}

async function* chunksOf(e: PackEntry): AsyncGenerator<{ data: Uint8Array; last: boolean }> {
  if ('data' in e) {
    yield { data: e.data, last: true };
    return;
  }
  const fd = fs.openSync(e.file, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, CHUNK, null);
      // fflate may hold on to a chunk until the next: each gets its own copy of the bytes read
      yield { data: new Uint8Array(buffer.subarray(0, n)), last: n === 0 };
      if (n === 0) return;
      await breathe();
    }
  } finally {
    fs.closeSync(fd);
  }
}
