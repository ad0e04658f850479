import { contract, type MethodName } from '../../electron/contract';
import type { Role } from '../../electron/contract/roles';
import { useCurrentUser } from './session';

/** Read from the contract itself, so the UI offers exactly what the backend will allow. */
export function canRoleCall(role: Role, method: MethodName): boolean {
  const roles: readonly Role[] | 'public' = contract[method].roles;
  return roles === 'public' || roles.includes(role);
}

/** Whether the signed-in user may call `method`. */
export function useCanCall(method: MethodName): boolean {
  return canRoleCall(useCurrentUser().role, method);
}
