import { and, asc, eq, ne } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { users } from '../../../db/schema';
import type { Role } from '../../contract/roles';
import type { User } from '../../contract/users';
import { hashPassword } from '../auth/passwords';
import { deleteUserSessions } from '../auth/sessions';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { mustFind, updateVersioned } from '../rpc/versioned';

const publicColumns = {
  id: users.id,
  username: users.username,
  displayName: users.displayName,
  role: users.role,
  active: users.active,
  lastLoginAt: users.lastLoginAt,
  version: users.version,
};

export function getUser(db: Db, id: number): User {
  const row = mustFind(db.select(publicColumns).from(users).where(eq(users.id, id)).get());
  return { ...row, role: row.role as Role };
}

/** Insert a user; a taken user name is refused at the field. */
export function insertUser(db: Db, input: { username: string; displayName: string; role: Role; password: string }, now: Date): User {
  const taken = db.select({ displayName: users.displayName }).from(users).where(eq(users.username, input.username)).get();
  if (taken) throw AppError.field('username', 'duplicate_username', { existing: taken.displayName });
  const ts = now.toISOString();
  const { id } = db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: hashPassword(input.password),
      createdAt: ts,
      updatedAt: ts,
    })
    .returning({ id: users.id })
    .get();
  return getUser(db, id);
}

export const usersHandlers: Handlers<'users.list' | 'users.options' | 'users.create' | 'users.update' | 'users.resetPassword'> = {
  'users.list': (_input, { db }) =>
    db
      .select(publicColumns)
      .from(users)
      .orderBy(asc(users.username))
      .all()
      .map((u) => ({ ...u, role: u.role as Role })),

  'users.options': ({ role }, { db }) =>
    db
      .select({ id: users.id, displayName: users.displayName, role: users.role })
      .from(users)
      .where(role ? and(eq(users.active, true), eq(users.role, role)) : eq(users.active, true))
      .orderBy(asc(users.displayName))
      .all()
      .map((u) => ({ ...u, role: u.role as Role })),

  'users.create': (input, ctx) => {
    const user = insertUser(ctx.db, input, ctx.now());
    ctx.audit({ action: 'create', entity: 'user', entityId: user.id, after: user });
    return user;
  },

  'users.update': (input, ctx) => {
    const before = getUser(ctx.db, input.id);
    const losesAdmin = before.role === 'admin' && (input.role !== 'admin' || !input.active);
    if (losesAdmin) {
      const otherAdmin = ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), eq(users.active, true), ne(users.id, input.id)))
        .get();
      if (!otherAdmin) throw AppError.field(input.role !== 'admin' ? 'role' : 'active', 'last_admin');
    }
    const { id, version, ...values } = input;
    updateVersioned(ctx.db, users, 'user', id, version, values, ctx.now(), ctx.locale);
    if (!input.active || input.role !== before.role) deleteUserSessions(ctx.db, id);
    const after = getUser(ctx.db, id);
    ctx.audit({ action: 'update', entity: 'user', entityId: id, before, after });
    return after;
  },

  'users.resetPassword': ({ id, password }, ctx) => {
    const user = getUser(ctx.db, id);
    ctx.db.update(users).set({ passwordHash: hashPassword(password), updatedAt: ctx.now().toISOString() }).where(eq(users.id, id)).run();
    deleteUserSessions(ctx.db, id);
    ctx.audit({ action: 'reset_password', entity: 'user', entityId: id });
    return user;
  },
};
