import { z } from 'zod';
import { method } from './define';
import { requiredText } from './fields';
import { ALL_ROLES } from './roles';
import { password, username, type User } from './users';

export interface AuthStatus {
  /** true until the first administrator exists */
  setupNeeded: boolean;
  user: User | null;
  schoolName: string;
}

export const authMethods = {
  'auth.status': method<AuthStatus>()({ input: z.object({}), roles: 'public', write: false }),
  'auth.setup': method<User>()({
    input: z.object({ username, displayName: requiredText(50), password }),
    roles: 'public',
    write: true,
  }),
  'auth.login': method<User>()({
    input: z.object({ username: z.string().trim().min(1, 'required'), password: z.string().min(1, 'required') }),
    roles: 'public',
    write: true,
  }),
  'auth.logout': method<{ ok: true }>()({ input: z.object({}), roles: ALL_ROLES, write: true }),
  'auth.changePassword': method<{ ok: true }>()({
    input: z.object({ currentPassword: z.string().min(1, 'required'), newPassword: password }),
    roles: ALL_ROLES,
    write: true,
  }),
};
