import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RpcRequest } from '../../contract/errors';
import type { Backend } from '../rpc/dispatch';
import { allowedHostNames, isAllowedHost } from './hosts';
import { serveRenderer } from './static';
import { serveAuthority } from './trust';

export const SESSION_COOKIE = 'bf_session';
const MAX_BODY = 25 * 1024 * 1024;

const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'",
};

/** Short answers for refusals that never reach the backend (it answers everything else in the caller's language). */
const REFUSALS: Record<number, string> = {
  400: '请求格式有误 / malformed request',
  413: '请求过大 / request too large',
  415: '需要 application/json / application/json required',
  421: '未知的主机名 / unknown host name',
  429: '请求过于频繁，请稍后再试 / too many requests, try again shortly',
  500: '系统内部错误 / internal error',
};

export interface HttpOptions {
  backend: Backend;
  /** built renderer (dist/renderer); the API still works without it */
  staticDir: string | null;
  /** Host names accepted besides loopback and the listening address (e.g. the --host name, an office DNS name). */
  hostNames?: readonly string[];
  /** API calls one client address may make per minute. */
  rpcPerMinute?: number;
  /** the host's certificate (electron/backend/lan): served over HTTPS, the session cookie Secure; its authority offered for download */
  tls?: { key: string; cert: string; authority?: string };
}

const CROSS_SITE = '拒绝跨站请求 / cross-site request refused';

const refuse = (reply: FastifyReply, status: number, text = REFUSALS[status] ?? STATUS_CODES[status]) =>
  reply.code(status).headers(SECURITY_HEADERS).type('text/plain; charset=utf-8').send(text);

/**
 * The HTTP transport: POST /api/rpc carries the same envelope as IPC. The session lives in an
 * HttpOnly, SameSite=Strict cookie; cross-site requests are refused by the Origin and
 * Sec-Fetch-Site checks, the JSON content type forces a CORS preflight that is never granted, and
 * a Host header naming none of this server's names (DNS rebinding) is refused before anything else.
 * Call `listen` on the result.
 */
export function createHttpServer({ backend, staticDir, hostNames = [], rpcPerMinute = 600, tls }: HttpOptions): FastifyInstance {
  // One app either way; over TLS its server is https.Server, which the routes below never touch.
  const app = Fastify({
    ...(tls ? { https: { key: tls.key, cert: tls.cert } } : {}),
    bodyLimit: MAX_BODY,
    requestTimeout: 300_000, // Node's own guard against a client that never finishes its request (Fastify turns it off)
    // Closing (quit, restart) must not wait for browsers that keep idle connections open.
    forceCloseConnections: true,
    frameworkErrors: (_e, _request, reply) => refuse(reply, 400),
  });
  app.removeContentTypeParser('text/plain'); // JSON only: a cross-site form may send text/plain without asking

  app.addHook('onRequest', async (request, reply) => {
    const listening = app.server.address() as AddressInfo;
    if (!isAllowedHost(request.headers.host, listening.port, allowedHostNames(listening, hostNames))) return refuse(reply, 421);
  });
  app.addHook('onSend', async (_request, reply) => void reply.headers(SECURITY_HEADERS));
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status === 500) console.error('[http]', request.method, request.url, error);
    return refuse(reply, status);
  });

  app.register(fastifyCookie);
  app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => ({ statusCode: 429 }),
  });
  app.register(async (api) => {
    api.post('/api/rpc', { config: { rateLimit: { max: rpcPerMinute, timeWindow: 60_000 } }, onRequest: refuseCrossSite }, async (request, reply) => {
      const body = request.body as Partial<RpcRequest> | null;
      if (typeof body?.method !== 'string') return refuse(reply, 400);
      const { envelope, session } = await backend.call(body as RpcRequest, request.cookies[SESSION_COOKIE] ?? null, { address: request.ip, device: request.headers['user-agent'] ?? '' });
      // Over the office network the cookie travels only inside TLS; plain HTTP is served on loopback alone.
      const cookie = { httpOnly: true, sameSite: 'strict', path: '/', secure: Boolean(tls) } as const;
      if (session?.kind === 'start') reply.setCookie(SESSION_COOKIE, session.token, { ...cookie, expires: session.expiresAt });
      else if (session?.kind === 'end') reply.clearCookie(SESSION_COOKIE, cookie);
      return reply.header('Cache-Control', 'no-store').send(envelope);
    });
  });
  if (tls?.authority) serveAuthority(app, tls.authority);
  serveRenderer(app, staticDir);
  return app;
}

/** A browser always sends Origin on a cross-site POST; when it is there it must name this server. */
async function refuseCrossSite(request: FastifyRequest, reply: FastifyReply) {
  const site = request.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return refuse(reply, 403, CROSS_SITE);
  const origin = request.headers.origin;
  if (!origin) return;
  try {
    if (new URL(origin).host === request.headers.host) return;
  } catch {
    // an unparseable Origin is refused like a foreign one
  }
  return refuse(reply, 403, CROSS_SITE);
}
