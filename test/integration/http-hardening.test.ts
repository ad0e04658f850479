import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server';
import { tempDir } from '../support/temp';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written (fetch would refuse or rewrite some of these), from `localAddress` when given. */
function send(server: TestServer, opts: { path: string; method?: string; headers?: Record<string, string>; body?: Buffer | string; localAddress?: string }): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'GET', headers: opts.headers, localAddress: opts.localAddress, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    // The server may answer (413) before it has read the whole body; the answer is what counts.
    req.on('error', reject);
    req.end(opts.body);
  });
}

const rpcBody = (method: string, input: unknown = {}, extra: Record<string, unknown> = {}) => JSON.stringify({ method, input, ...extra });
const rpc = (server: TestServer, body: string, headers: Record<string, string> = {}, localAddress?: string) =>
  send(server, { path: '/api/rpc', method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, localAddress });

/** A stand-in for the built renderer, so these tests do not depend on a build. */
function fakeRenderer(): string {
  const dir = tempDir('renderer-');
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>帮扶</title>');
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'assets', 'app-1a2b3c.js'), 'console.log(1)');
  return dir;
}

let server: TestServer;
let port: string;
beforeAll(async () => {
  server = await startTestServer(tempDir(), fakeRenderer());
  port = new URL(server.url).port;
});
afterAll(() => server.close());

describe('the HTTP transport under hostile requests', () => {
  it('answers malformed URLs with 400 and keeps serving', async () => {
    for (const [method, p] of [['GET', '/%ff'], ['HEAD', '/%'], ['GET', '/x%E0%A4%A'], ['GET', '/assets/%c0%af']]) {
      const answer = await send(server, { method, path: p });
      expect(answer.status, `${method} ${p}`).toBe(400);
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    }
    const page = await send(server, { path: '/students/12' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>帮扶</title>');
    expect(page.headers['cache-control']).toBe('no-cache');
    const asset = await send(server, { path: '/assets/app-1a2b3c.js' });
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(asset.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a Host it was not started for (DNS rebinding) without running the call', async () => {
    const evil = `evil.example:${port}`;
    const setup = { username: 'attacker', displayName: 'x', password: 'attacker-pass-1', schoolName: 'x' };
    const refused = await rpc(server, rpcBody('auth.setup', setup), { Host: evil, Origin: `http://${evil}` });
    expect(refused.status).toBe(421);
    expect(refused.body).toContain('unknown host');
    expect((await send(server, { path: '/', headers: { Host: evil } })).status).toBe(421);
    expect((await rpc(server, rpcBody('auth.status'), { Host: `127.0.0.1:${Number(port) + 1}` })).status).toBe(421);

    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `LOCALHOST:${port}`, `[::1]:${port}`]) {
      const answer = await rpc(server, rpcBody('auth.status'), { Host: host });
      expect(answer.status, host).toBe(200);
      expect(JSON.parse(answer.body).result.setupNeeded).toBe(true);
    }
  });

  it('answers a request with a non-string locale in Chinese', async () => {
    for (const locale of [42, { en: true }, ['en']]) {
      const answer = await rpc(server, rpcBody('no.such', {}, { locale }));
      expect(answer.status).toBe(200);
      expect(JSON.parse(answer.body).error).toMatchObject({ code: 'unknown_method', message: '未知的操作：no.such' });
    }
  });

  it('treats a malformed session cookie as no session', async () => {
    const answer = await rpc(server, rpcBody('users.list'), { Cookie: 'bf_session=%ff; other=%' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('answers an oversized body with 413 and a short text', async () => {
    const body = Buffer.alloc(26 * 1024 * 1024, 0x20);
    const answer = await rpc(server, body.toString());
    expect(answer.status).toBe(413);
    expect(answer.body).toBe('请求过大 / request too large');
    expect((await rpc(server, rpcBody('auth.status'))).status).toBe(200);
  });
});

describe('the API rate limit', () => {
  let limited: TestServer;
  beforeAll(async () => {
    limited = await startTestServer(tempDir(), tempDir(), { rpcPerMinute: 3 });
  });
  afterAll(() => limited.close());

  it('answers 429 once one client address has used its calls, and not another address', async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await rpc(limited, rpcBody('auth.status'))).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await rpc(limited, rpcBody('auth.status'));
    expect(refused.body).toBe('请求过于频繁，请稍后再试 / too many requests, try again shortly');
    expect(refused.headers['content-security-policy']).toBeDefined();
    const { port: limitedPort } = new URL(limited.url);
    expect((await rpc(limited, rpcBody('auth.status'), { Host: `127.0.0.1:${limitedPort}` }, '127.0.0.2')).status).toBe(200);
  });
});
