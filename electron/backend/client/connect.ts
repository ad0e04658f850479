/**
 * The connect.* calls as Electron's main answers them, in plain Node: at first start (no backend
 * yet) and on a client (whose backend is the host, which cannot say what this PC is). The choice
 * is this PC's alone, kept in machine.json, so it is made here and never over the network.
 */
import fs from 'node:fs';
import { contract } from '../../contract';
import { isConnectMethod, type ConnectMethod, type ConnectState, type FoundHost, type HostLook } from '../../contract/connect';
import type { ParsedInputOf } from '../../contract/define';
import { resolveLocale } from '../../contract/messages';
import { fieldProblems } from '../../contract/problems';
import { readMachineConfig, writeMachineConfig, type MachineUse } from '../machine/config';
import type { Backend } from '../rpc/dispatch';
import { toErrorBody } from '../rpc/error-body';
import { AppError } from '../rpc/errors';
import { hostLabel, hostUrl } from './address';
import { lookAt } from './look';
import { createRemoteBackend } from './remote';

export interface ConnectOptions {
  dataDir: string;
  /** this PC's User-Agent towards the host */
  device: string;
  /** Switches to what was chosen; the call answers once the switch is done. */
  choose: (use: MachineUse) => Promise<void>;
  /** hosts announcing themselves on the network (./discovery) */
  browse: () => Promise<FoundHost[]>;
  /** how long a host has to show its certificate */
  lookTimeoutMs?: number;
}

type Input<M extends ConnectMethod> = ParsedInputOf<(typeof contract)[M]>;
type ConnectHandlers = { [M in ConnectMethod]: (input: Input<M>) => Promise<unknown> | unknown };

/** Network failures that mean nothing answered at the address, as against something that is not a host. */
const NO_ANSWER = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EHOSTDOWN', 'ENETDOWN', 'ENOTFOUND', 'EAI_AGAIN', 'ECONNRESET']);

export function stateOf(dataDir: string): ConnectState {
  const { use, startAtLogin } = readMachineConfig(dataDir);
  if (use?.kind === 'client') return { mode: 'client', host: { url: use.host.url, fingerprint: use.host.fingerprint, name: use.host.name } };
  return use?.kind === 'own' ? { mode: 'own', startAtLogin } : { mode: 'undecided' };
}

export function createConnectBackend({ dataDir, device, choose, browse, lookTimeoutMs = 8000 }: ConnectOptions): Backend {
  async function look(url: string): Promise<HostLook & { cert: string }> {
    try {
      const { cert, fingerprint } = await lookAt(url, lookTimeoutMs);
      return { url, fingerprint, cert, name: hostLabel(url) };
    } catch (e) {
      const code = String((e as NodeJS.ErrnoException).code ?? '');
      throw new AppError(NO_ANSWER.has(code) ? 'host_unreachable' : 'host_not_office', { host: hostLabel(url) });
    }
  }

  function choice(use: MachineUse) {
    fs.mkdirSync(dataDir, { recursive: true });
    writeMachineConfig(dataDir, { ...readMachineConfig(dataDir), use });
  }

  const handlers: ConnectHandlers = {
    'connect.state': () => stateOf(dataDir),
    'connect.browse': () => browse(),
    'connect.look': async ({ address }) => {
      const url = hostUrl(address);
      if (!url) throw AppError.field('address', 'host_address_invalid');
      const seen = await look(url);
      return { url: seen.url, fingerprint: seen.fingerprint, name: seen.name };
    },
    'connect.trust': async ({ url, fingerprint, name }) => {
      const seen = await look(url);
      // What the person compared must be what the host shows now, or they compared another one.
      if (seen.fingerprint !== fingerprint) {
        throw new AppError('host_certificate_changed', { host: hostLabel(url), expected: fingerprint, presented: seen.fingerprint });
      }
      const pin = { cert: seen.cert, fingerprint };
      const remote = createRemoteBackend({ url, pin, device, retryDelaysMs: [] });
      try {
        const { envelope } = await remote.call({ method: 'auth.status', input: {} }, null);
        if (!envelope.ok && envelope.error.code.startsWith('host_')) throw new AppError(envelope.error.code, envelope.error.params ?? {});
        const answersLikeHost = envelope.ok && typeof (envelope.result as { setupNeeded?: unknown }).setupNeeded === 'boolean';
        if (!answersLikeHost) throw new AppError('host_not_office', { host: hostLabel(url) });
      } finally {
        remote.close();
      }
      const use: MachineUse = { kind: 'client', host: { url, fingerprint, cert: seen.cert, name: name.trim() || hostLabel(url) } };
      choice(use);
      await choose(use);
      return stateOf(dataDir);
    },
    'connect.useOwn': async () => {
      choice({ kind: 'own' });
      await choose({ kind: 'own' });
      return stateOf(dataDir);
    },
    // A host's own setting, made on the host: a client has none.
    'connect.setStartAtLogin': () => {
      throw new AppError('forbidden');
    },
  };

  return {
    async call(request) {
      const locale = resolveLocale(request.locale);
      try {
        if (!isConnectMethod(request.method)) throw new AppError('unknown_method', { method: request.method });
        const parsed = contract[request.method].input.safeParse(request.input ?? {});
        if (!parsed.success) throw new AppError('invalid_input', {}, fieldProblems(parsed.error, request.input ?? {}));
        const handler = handlers[request.method] as (input: unknown) => unknown;
        return { envelope: { ok: true, result: await handler(parsed.data) }, session: null };
      } catch (e) {
        return { envelope: { ok: false, error: toErrorBody(e, locale) }, session: null };
      }
    },
  };
}
