import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fs from 'node:fs';
import path from 'node:path';

const NOT_BUILT = '界面尚未构建，请运行 npm run build:renderer / renderer not built: run npm run build:renderer';

/**
 * The built renderer. Vite names files under assets/ by content hash, so they may be kept for a
 * year; everything else (index.html) is revalidated. Any other path is a page of the app's own
 * router and gets index.html.
 */
export function serveRenderer(app: FastifyInstance, staticDir: string | null) {
  if (staticDir) {
    app.register(fastifyStatic, {
      root: path.resolve(staticDir),
      cacheControl: false,
      setHeaders: (reply, file) =>
        reply.header('Cache-Control', file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/')) return reply.code(404).type('text/plain; charset=utf-8').send('未找到 / not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return reply.code(405).header('Allow', 'GET, HEAD').send();
    if (!staticDir || !fs.existsSync(path.join(staticDir, 'index.html'))) return reply.code(404).type('text/plain; charset=utf-8').send(NOT_BUILT);
    return reply.sendFile('index.html');
  });
}
