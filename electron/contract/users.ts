import { z } from 'zod';
import { method } from './define';
import { id, requiredText, versionField } from './fields';
import { ALL_ROLES, ROLES, type Role } from './roles';

export const username = z
  .string()
  .trim()
  .min(1, 'required')
  .max(32, 'too_long')
  .regex(/^[A-Za-z0-9._-]+$/, 'username_format');
export const password = z.string().min(8, 'password_short').max(200, 'too_long');

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  lastLoginAt: string | null;
  /** true while the password is one an administrator chose (new account, reset) */
  mustChangePassword: boolean;
  version: number;
}

/** Enough to fill a counsellor picker; every role may read it. */
export interface UserOption {
  id: number;
  displayName: string;
  role: Role;
}

/** Users' names show as head teachers and counsellors in the register's lists. */
const USER_READS = ['users', 'classes', 'students'];

export const usersMethods = {
  'users.list': method<User[]>()({ input: z.object({}), roles: ['admin'], write: false }),
  'users.options': method<UserOption[]>()({
    input: z.object({ role: z.enum(ROLES).nullable().default(null) }),
    roles: ALL_ROLES,
    write: false,
  }),
  'users.create': method<User>()({
    input: z.object({ username, displayName: requiredText(50), role: z.enum(ROLES, 'required'), password }),
    roles: ['admin'],
    write: true,
    affects: USER_READS,
  }),
  'users.update': method<User>()({
    input: z.object({ id, version: versionField, displayName: requiredText(50), role: z.enum(ROLES, 'required'), active: z.boolean() }),
    roles: ['admin'],
    write: true,
    affects: USER_READS,
  }),
  'users.resetPassword': method<User>()({
    input: z.object({ id, password }),
    roles: ['admin'],
    write: true,
    affects: USER_READS,
  }),
};
