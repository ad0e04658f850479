import type { MethodName } from '../contract';
import { auditHandlers } from './audit/handlers';
import { authHandlers } from './auth/handlers';
import { orgHandlers } from './org/handlers';
import type { Handlers } from './rpc/context';
import { settingsHandlers } from './settings/handlers';
import { studentsHandlers } from './students/handlers';
import { usersHandlers } from './users/handlers';

/** Every contract method has exactly one handler; a missing one is a type error here. */
export const handlers: Handlers<MethodName> = {
  ...authHandlers,
  ...usersHandlers,
  ...settingsHandlers,
  ...auditHandlers,
  ...orgHandlers,
  ...studentsHandlers,
};
