import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openDatabase } from '../../db/open';
import { dbFileIn } from '../../electron/backend/data-dir';
import { createHttpServer, type HttpOptions } from '../../electron/backend/http/server';
import { createBackend } from '../../electron/backend/rpc/dispatch';
import { tempDir } from './temp';

/** The built renderer; BANGFU_RENDERER_DIR points elsewhere so parallel builds do not overwrite each other. */
export const RENDERER_DIR = process.env.BANGFU_RENDERER_DIR ?? path.resolve(__dirname, '../../dist/renderer');

export interface TestServer {
  url: string;
  dataDir: string;
  close(): Promise<void>;
}

/** The real HTTP transport on a real SQLite file in `dataDir`, on a free loopback port. */
export async function startTestServer(
  dataDir = tempDir(),
  staticDir = RENDERER_DIR,
  options: Pick<HttpOptions, 'rpcPerMinute' | 'hostNames'> = {},
): Promise<TestServer> {
  const opened = openDatabase({ file: dbFileIn(dataDir) });
  const backend = createBackend(opened, { logError: () => {} });
  const server = createHttpServer({ backend, staticDir: fs.existsSync(staticDir) ? staticDir : null, ...options });
  await server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    dataDir,
    close: async () => {
      try {
        await server.close();
      } finally {
        opened.sqlite.close();
      }
    },
  };
}
