/**
 * The load of the network bench (./network.ts), in a process of its own as other PCs and phones
 * would be: signs each counsellor in on a device of their own over pinned keep-alive HTTPS, logs
 * their check-ins, then reads their month until told to stop. Reads its job as JSON on the first
 * line of stdin and `stop` on the next; writes one JSON line per phase.
 */
import https from 'node:https';
import readline from 'node:readline';
import { pinnedAgent, type Pin } from '../../electron/backend/lan/pin';

export interface LoadJob {
  base: string;
  pin: Pin;
  month: string;
  day: string;
  devices: { username: string; password: string; studentIds: number[] }[];
}

export type LoadReport = { phase: 'writes'; times: number[]; saved: number; errors: number; seconds: number } | { phase: 'reads'; times: number[]; errors: number };

interface Device {
  agent: https.Agent;
  userAgent: string;
  cookie: string;
}

function post(base: string, device: Device, method: string, input: unknown): Promise<{ ok: boolean; ms: number; cookie: string | null }> {
  const body = JSON.stringify({ method, input, locale: 'zh-CN' });
  const started = performance.now();
  return new Promise((resolve) => {
    const headers = { 'Content-Type': 'application/json', 'User-Agent': device.userAgent, Cookie: device.cookie, 'Content-Length': Buffer.byteLength(body) };
    const request = https.request(`${base}api/rpc`, { method: 'POST', agent: device.agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = performance.now() - started;
        const cookie = res.headers['set-cookie']?.[0]?.split(';')[0] ?? null;
        try {
          resolve({ ok: res.statusCode === 200 && (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean }).ok, ms, cookie });
        } catch {
          resolve({ ok: false, ms, cookie });
        }
      });
    });
    request.on('error', () => resolve({ ok: false, ms: performance.now() - started, cookie: null }));
    request.end(body);
  });
}

const report = (r: LoadReport) => process.stdout.write(`${JSON.stringify(r)}\n`);

async function run() {
  const lines = readline.createInterface({ input: process.stdin })[Symbol.asyncIterator]();
  const job = JSON.parse((await lines.next()).value as string) as LoadJob;
  const devices = await Promise.all(
    job.devices.map(async (d, i) => {
      const device: Device = { agent: pinnedAgent(job.pin), userAgent: `bench-phone-${i}`, cookie: '' };
      const login = await post(job.base, device, 'auth.login', { username: d.username, password: d.password });
      if (!login.ok || !login.cookie) throw new Error(`${d.username} could not sign in`);
      device.cookie = login.cookie;
      return { device, studentIds: d.studentIds };
    }),
  );

  const writes: number[] = [];
  let saved = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    devices.map(async ({ device, studentIds }) => {
      for (const studentId of studentIds) {
        const answer = await post(job.base, device, 'checkins.save', { studentId, month: job.month, date: job.day, method: 'phone', risk: 'normal', help: [] });
        writes.push(answer.ms);
        if (answer.ok) saved++;
        else errors++;
      }
    }),
  );
  report({ phase: 'writes', times: writes, saved, errors, seconds: (performance.now() - started) / 1000 });

  let reading = true;
  const reads: number[] = [];
  let readErrors = 0;
  const loops = devices.map(async ({ device }) => {
    while (reading) {
      const answer = await post(job.base, device, 'checkins.month', { month: job.month });
      reads.push(answer.ms);
      if (!answer.ok) readErrors++;
    }
  });
  await lines.next(); // stop
  reading = false;
  await Promise.all(loops);
  report({ phase: 'reads', times: reads, errors: readErrors });
  for (const { device } of devices) device.agent.destroy();
}

run().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
