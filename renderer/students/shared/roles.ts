import { REGISTER_EDITORS } from '../../../electron/contract/roles';
import { useCurrentUser } from '../../auth/session';

/** Admin and office keep the register; everyone else reads it. */
export function useCanEditRegister(): boolean {
  return REGISTER_EDITORS.includes(useCurrentUser().role);
}
