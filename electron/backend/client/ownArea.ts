import path from 'node:path';
import type { ConnectState } from '../../contract/connect';
import type { BackendArea } from '../area';
import { readMachineConfig, writeMachineConfig } from '../machine/config';
import type { Handlers, PrepareCtx } from '../rpc/context';
import { AppError } from '../rpc/errors';

/**
 * connect.* as a PC with its own data answers them (the office host, a PC used alone, and every
 * browser, which always talks to a host): it is `own`. Choosing a host belongs to the first start
 * and to clients, where Electron's main answers instead (./connect.ts).
 */
const dataDirOf = (ctx: PrepareCtx) => path.dirname(ctx.sqlite.name);

const state = (ctx: PrepareCtx): ConnectState => ({ mode: 'own', startAtLogin: readMachineConfig(dataDirOf(ctx)).startAtLogin });

const notHere = () => {
  throw new AppError('forbidden');
};

const handlers: Handlers<'connect.state' | 'connect.browse' | 'connect.look' | 'connect.trust' | 'connect.useOwn' | 'connect.setStartAtLogin'> = {
  'connect.state': (_input, ctx) => state(ctx),
  'connect.browse': notHere,
  'connect.look': notHere,
  'connect.trust': notHere,
  'connect.useOwn': notHere,
  'connect.setStartAtLogin': ({ enabled }, ctx) => {
    // The host PC's own Windows sign-in: set at the host, never from a browser elsewhere on the network.
    if (ctx.client.address) throw new AppError('forbidden');
    const config = readMachineConfig(dataDirOf(ctx));
    writeMachineConfig(dataDirOf(ctx), { ...config, startAtLogin: enabled });
    const action = enabled ? 'autostart_on' : 'autostart_off';
    ctx.audit({ action, entity: 'network', entityId: null, before: { startAtLogin: config.startAtLogin }, after: { startAtLogin: enabled } });
    return state(ctx);
  },
};

export const connectArea: BackendArea<keyof typeof handlers> = { handlers };
