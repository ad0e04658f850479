import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { RpcRequest } from '../../contract/errors';
import type { Backend } from '../rpc/dispatch';

export const SESSION_COOKIE = 'bf_session';
const MAX_BODY = 25 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
};

export interface HttpOptions {
  backend: Backend;
  /** built renderer (dist/renderer); the API still works without it */
  staticDir: string | null;
}

/**
 * The HTTP transport: POST /api/rpc carries the same envelope as IPC. The session lives in an
 * HttpOnly, SameSite=Strict cookie; cross-site requests are refused by the Origin and
 * Sec-Fetch-Site checks, and the JSON content type forces a CORS preflight that is never granted.
 */
export function createHttpServer({ backend, staticDir }: HttpOptions): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/rpc') {
      handleRpc(req, res, backend).catch((e) => {
        console.error('[http]', e);
        if (!res.headersSent) send(res, 500, { 'Content-Type': 'text/plain' }, 'internal error');
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { Allow: 'GET, HEAD' }, '');
    serveStatic(url.pathname, res, staticDir);
  });
}

async function handleRpc(req: http.IncomingMessage, res: http.ServerResponse, backend: Backend) {
  if (req.method !== 'POST') return send(res, 405, { Allow: 'POST' }, '');
  if (!isSameOrigin(req)) return send(res, 403, { 'Content-Type': 'text/plain' }, 'cross-site request refused');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 415, { 'Content-Type': 'text/plain' }, 'application/json required');
  }
  const body = await readBody(req);
  if (body === null) return send(res, 413, { 'Content-Type': 'text/plain' }, 'request too large');
  let request: RpcRequest;
  try {
    request = JSON.parse(body) as RpcRequest;
    if (typeof request?.method !== 'string') throw new Error('no method');
  } catch {
    return send(res, 400, { 'Content-Type': 'text/plain' }, 'malformed request');
  }
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  const { envelope, session } = backend.call(request, token);
  const headers: Record<string, string | string[]> = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
  if (session?.kind === 'start') {
    headers['Set-Cookie'] = `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Expires=${session.expiresAt.toUTCString()}`;
  } else if (session?.kind === 'end') {
    headers['Set-Cookie'] = `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`;
  }
  send(res, 200, headers, JSON.stringify(envelope));
}

/** A browser always sends Origin on a cross-site POST; when it is there it must name this server. */
function isSameOrigin(req: http.IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === req.headers.host;
  } catch {
    return false;
  }
}

function readBody(req: http.IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return null;
}

function serveStatic(pathname: string, res: http.ServerResponse, staticDir: string | null) {
  if (!staticDir) return send(res, 404, { 'Content-Type': 'text/plain' }, 'renderer not built: run npm run build:renderer');
  const root = path.resolve(staticDir);
  let file = path.resolve(root, '.' + decodeURIComponent(pathname));
  if (!file.startsWith(root + path.sep) && file !== root) return send(res, 403, {}, '');
  if (!fs.existsSync(file) || fs.statSync(file).isDirectory()) file = path.join(root, 'index.html');
  if (!fs.existsSync(file)) return send(res, 404, { 'Content-Type': 'text/plain' }, 'renderer not built: run npm run build:renderer');
  const cache = file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache';
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': cache });
  fs.createReadStream(file).pipe(res);
}

function send(res: http.ServerResponse, status: number, headers: Record<string, string | string[]>, body: string) {
  res.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  res.end(body);
}
