import type { Handlers } from '../rpc/context';
import { changedFields } from '../audit/record';
import { auditedSettings } from './audited';
import { readSettings, writeSettings } from './store';

export const settingsHandlers: Handlers<'settings.get' | 'settings.update'> = {
  'settings.get': (_input, { db }) => readSettings(db),
  'settings.update': (input, ctx) => {
    const before = readSettings(ctx.db);
    writeSettings(ctx.db, input, ctx.now());
    const after = readSettings(ctx.db);
    ctx.audit({ action: 'update', entity: 'settings', entityId: null, ...changedFields(auditedSettings(before), auditedSettings(after)) });
    return after;
  },
};
