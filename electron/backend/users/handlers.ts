import { and, asc, eq, ne, sql } from 'drizzle-orm';
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
  mustChangePassword: users.mustChangePassword,
  version: users.version,
};

/** User names are one name whatever the case: "Office" signs in as "office". */
const sameName = (username: string) => sql`lower(${users.username}) = lower(${username})`;

export function userByName(db: Db, username: string) {
  return db.select().from(users).where(sameName(username)).get();
}

export function getUser(db: Db, id: number): User {
  const row = mustFind(db.select(publicColumns).from(users).where(eq(users.id, id)).get());
  return { ...row, role: row.role as Role };
}

interface NewUser {
  username: string;
  displayName: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
}

/** Insert a user; a taken user name (in any case) is refused at the field. */
export function insertUser(db: Db, input: NewUser, now: Date): User {
  const taken = userByName(db, input.username);
  if (taken) throw AppError.field('username', 'duplicate_username', { existing: taken.displayName });
  const ts = now.toISOString();
  const { id } = db
    .insert(users)
    .values({
      username: input.username,
      displayName: input.displayName,
      role: input.role,
      passwordHash: input.passwordHash,
      mustChangePassword: input.mustChangePassword,
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

  /** The administrator chose the password, so the user must replace it at first sign-in. */
  'users.create': {
    prepare: ({ password }) => hashPassword(password),
    run: ({ password: _, ...input }, ctx, passwordHash: string) => {
      const user = insertUser(ctx.db, { ...input, passwordHash, mustChangePassword: true }, ctx.now());
      ctx.audit({ action: 'create', entity: 'user', entityId: user.id, after: user });
      return user;
    },
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

  'users.resetPassword': {
    prepare: ({ password }) => hashPassword(password),
    run: ({ id }, ctx, passwordHash: string) => {
      getUser(ctx.db, id);
      ctx.db.update(users).set({ passwordHash, mustChangePassword: true, updatedAt: ctx.now().toISOString() }).where(eq(users.id, id)).run();
      deleteUserSessions(ctx.db, id);
      ctx.audit({ action: 'reset_password', entity: 'user', entityId: id });
      return getUser(ctx.db, id);
    },
  },
};
