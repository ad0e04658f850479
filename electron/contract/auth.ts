import { z } from 'zod';
import { method } from './define';
import { requiredText } from './fields';
import { ALL_ROLES } from './roles';
import { password, username, type User } from './users';

export interface AuthStatus {
  /** true until the first administrator exists */
  setupNeeded: boolean;
  user: User | null;
  /** '' until someone enters it (first-run setup asks for it) */
  schoolName: string;
}

export const authMethods = {
  'auth.status': method<AuthStatus>()({ input: z.object({}), roles: 'public', write: false }),
  'auth.setup': method<User>()({
    input: z.object({ username, displayName: requiredText(50), password, schoolName: requiredText(100) }),
    roles: 'public',
    write: true,
    affects: ['auth'],
  }),
  'auth.login': method<User>()({
    // Bounded: a failed name is remembered for the lockout, so it must not be megabytes long.
    input: z.object({ username: z.string().trim().min(1, 'required').max(64, 'too_long'), password: z.string().min(1, 'required').max(200, 'too_long') }),
    roles: 'public',
    write: true,
    affects: ['auth'],
  }),
  'auth.logout': method<{ ok: true }>()({ input: z.object({}), roles: ALL_ROLES, write: true, affects: ['auth'], duringPasswordChange: true }),
  'auth.changePassword': method<{ ok: true }>()({
    input: z.object({ currentPassword: z.string().min(1, 'required').max(200, 'too_long'), newPassword: password }),
    roles: ALL_ROLES,
    write: true,
    affects: ['auth'],
    duringPasswordChange: true,
  }),
};
