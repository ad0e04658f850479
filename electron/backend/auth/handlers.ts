import { eq, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings } from '../settings/store';
import { getUser, insertUser } from '../users/handlers';
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords';

export const authHandlers: Handlers<'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.changePassword'> = {
  'auth.status': (_input, { db, user }) => {
    const { count } = db.select({ count: sql<number>`count(*)` }).from(users).get()!;
    return {
      setupNeeded: count === 0,
      user: user ? getUser(db, user.id) : null,
      schoolName: readSettings(db).schoolName,
    };
  },

  /** First run only: the administrator is created by the person installing; no default password exists. */
  'auth.setup': (input, ctx) => {
    const { count } = ctx.db.select({ count: sql<number>`count(*)` }).from(users).get()!;
    if (count > 0) throw new AppError('setup_done');
    const admin = insertUser(ctx.db, { ...input, role: 'admin' }, ctx.now());
    ctx.audit({ action: 'create', entity: 'user', entityId: admin.id, after: admin, userId: admin.id });
    ctx.startSession(admin.id);
    return admin;
  },

  'auth.login': ({ username, password }, ctx) => {
    ctx.loginThrottle.assertAllowed(username, ctx.now());
    const row = ctx.db.select().from(users).where(eq(users.username, username)).get();
    const ok = verifyPassword(password, row?.passwordHash ?? DUMMY_HASH) && row !== undefined && row.active;
    if (!ok) {
      ctx.loginThrottle.recordFailure(username, ctx.now());
      throw new AppError('bad_credentials');
    }
    ctx.loginThrottle.clear(username);
    const at = ctx.now().toISOString();
    ctx.db.update(users).set({ lastLoginAt: at }).where(eq(users.id, row.id)).run();
    ctx.startSession(row.id);
    ctx.audit({ action: 'login', entity: 'user', entityId: row.id, userId: row.id });
    return getUser(ctx.db, row.id);
  },

  'auth.logout': (_input, ctx) => {
    ctx.endSession();
    ctx.audit({ action: 'logout', entity: 'user', entityId: ctx.user.id });
    return { ok: true };
  },

  'auth.changePassword': ({ currentPassword, newPassword }, ctx) => {
    const row = ctx.db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, ctx.user.id)).get()!;
    if (!verifyPassword(currentPassword, row.hash)) throw AppError.field('currentPassword', 'wrong_password');
    ctx.db
      .update(users)
      .set({ passwordHash: hashPassword(newPassword), updatedAt: ctx.now().toISOString() })
      .where(eq(users.id, ctx.user.id))
      .run();
    ctx.audit({ action: 'change_password', entity: 'user', entityId: ctx.user.id });
    return { ok: true };
  },
};
