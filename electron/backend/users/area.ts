import { eq, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { BackendArea } from '../area';
import { usersHandlers } from './handlers';

/** User accounts and roles (administrators). */
export const usersArea: BackendArea<keyof typeof usersHandlers> = {
  handlers: usersHandlers,
  auditEntities: { user: (id) => sql`SELECT ${users.displayName} FROM ${users} WHERE ${eq(users.id, id)}` },
};
