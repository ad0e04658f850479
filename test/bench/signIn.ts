import type { Backend } from '../../electron/backend/rpc/dispatch';
import { ContractCaller } from '../../electron/backend/rpc/caller';

/**
 * Signs `username` in for a bench section. The demo's accounts choose their own password at first
 * sign-in, which only a data folder of the bench's own (`own`) may do for them: it becomes
 * `<password>-bench`, so later sections sign in with that. Returns the password now in effect, for a
 * browser to sign in with.
 */
export async function signIn(backend: Backend, username: string, password: string, own: boolean) {
  const caller = new ContractCaller(backend);
  const me = await caller.call('auth.login', { username, password });
  if (!me.mustChangePassword) return { caller, id: me.id, password };
  if (!own) throw new Error(`${username} must first choose their own password: sign in once in the app with --password`);
  await caller.call('auth.changePassword', { currentPassword: password, newPassword: `${password}-bench` });
  return { caller, id: me.id, password: `${password}-bench` };
}
