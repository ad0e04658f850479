import { and, eq, sql } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { readSettings, writeSettings } from '../settings/store';
import { getUser, insertUser, userByName } from '../users/handlers';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { assertLoginAllowed, clearLoginFailures, recordLoginFailure } from './throttle';

type AuthMethods = 'auth.status' | 'auth.setup' | 'auth.login' | 'auth.logout' | 'auth.changePassword';

const userCount = (db: Parameters<typeof readSettings>[0]) => db.select({ count: sql<number>`count(*)` }).from(users).get()!.count;

export const authHandlers: Handlers<AuthMethods> = {
  'auth.status': (_input, { db, user }) => ({
    setupNeeded: userCount(db) === 0,
    user: user ? getUser(db, user.id) : null,
    schoolName: readSettings(db).schoolName,
  }),

  /** First run only: the administrator is created by the person installing; no default password exists. */
  'auth.setup': {
    prepare: ({ password }) => hashPassword(password),
    run: ({ schoolName, ...input }, ctx, passwordHash: string) => {
      if (userCount(ctx.db) > 0) throw new AppError('setup_done');
      const admin = insertUser(ctx.db, { ...input, role: 'admin', passwordHash, mustChangePassword: false }, ctx.now());
      ctx.audit({ action: 'create', entity: 'user', entityId: admin.id, after: admin, userId: admin.id });
      const before = readSettings(ctx.db);
      writeSettings(ctx.db, { ...before, schoolName }, ctx.now());
      ctx.audit({ action: 'update', entity: 'settings', entityId: null, before: { schoolName: before.schoolName }, after: { schoolName }, userId: admin.id });
      ctx.startSession(admin.id);
      return getUser(ctx.db, admin.id);
    },
  },

  /** The password is checked before the transaction (hashing is slow); a failure is counted outside it, since the call rolls back. */
  'auth.login': {
    prepare: async ({ username, password }, { db, now, client }) => {
      assertLoginAllowed(db, username, client.address, now());
      const row = userByName(db, username);
      const ok = (await verifyPassword(password, row?.passwordHash ?? (await dummyHash()))) && row !== undefined && row.active;
      if (!ok) {
        recordLoginFailure(db, username, client.address, now());
        throw new AppError('bad_credentials');
      }
      return row.id;
    },
    run: ({ username }, ctx, userId: number) => {
      const user = getUser(ctx.db, userId);
      // Disabled between the password check and now.
      if (!user.active) throw new AppError('bad_credentials');
      clearLoginFailures(ctx.db, username);
      ctx.db.update(users).set({ lastLoginAt: ctx.now().toISOString() }).where(eq(users.id, userId)).run();
      ctx.startSession(userId);
      ctx.audit({ action: 'login', entity: 'user', entityId: userId, userId });
      return getUser(ctx.db, userId);
    },
  },

  'auth.logout': (_input, ctx) => {
    ctx.endSession();
    ctx.audit({ action: 'logout', entity: 'user', entityId: ctx.user.id });
    return { ok: true };
  },

  /** The user's own choice: it clears the must-change flag and signs out their other sessions (a leaked password stops working everywhere). */
  'auth.changePassword': {
    prepare: async ({ currentPassword, newPassword }, { db, user }) => {
      const row = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id)).get()!;
      if (!(await verifyPassword(currentPassword, row.hash))) throw AppError.field('currentPassword', 'wrong_password');
      if (newPassword.normalize('NFKC') === currentPassword.normalize('NFKC')) throw AppError.field('newPassword', 'password_same');
      return { checkedHash: row.hash, newHash: await hashPassword(newPassword) };
    },
    run: (_input, ctx, prepared: { checkedHash: string; newHash: string }) => {
      // Only if the password checked is still the stored one (it may have been reset while this one was hashing).
      const res = ctx.db
        .update(users)
        .set({ passwordHash: prepared.newHash, mustChangePassword: false, updatedAt: ctx.now().toISOString() })
        .where(and(eq(users.id, ctx.user.id), eq(users.passwordHash, prepared.checkedHash)))
        .run();
      if (res.changes !== 1) throw AppError.field('currentPassword', 'wrong_password');
      ctx.endOtherSessions();
      ctx.audit({ action: 'change_password', entity: 'user', entityId: ctx.user.id });
      return { ok: true };
    },
  },
};
