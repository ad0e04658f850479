import { setTimeout as sleep } from 'node:timers/promises';
import { firstLook, type Pin } from '../lan/pin';

/** The certificate a host shows, read without trusting it, or a refusal after `ms` (a host that never answers). */
export async function lookAt(url: string, ms: number): Promise<Pin> {
  const timeout = new AbortController();
  try {
    return await Promise.race([
      firstLook(url),
      sleep(ms, undefined, { signal: timeout.signal }).then(() => Promise.reject(Object.assign(new Error('no answer in time'), { code: 'ETIMEDOUT' }))),
    ]);
  } finally {
    timeout.abort();
  }
}
