import { eq, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { SEES_MONEY, SEES_WHOLE_IDS } from '../contract/roles';
import type { SessionUser } from './rpc/context';

/**
 * The access rules every area applies to what it reads, in one place: which students a user
 * reaches, and who gets whole 身份证号/bank numbers and amounts of money. (Which methods a role may
 * call at all is declared per method in the contract.)
 */

/** A counsellor reaches only the students assigned to them (a prepared query's shape asks this). */
export const reachesOwnStudentsOnly = (user: SessionUser): boolean => user.role === 'counsellor';

/** The rows of the students `user` reaches; `counsellorColumn` is the row's counsellor. */
export function studentScope(user: SessionUser, counsellorColumn: SQLiteColumn): SQL | undefined {
  return reachesOwnStudentsOnly(user) ? eq(counsellorColumn, user.id) : undefined;
}

export const seesWholeIds = (user: SessionUser): boolean => SEES_WHOLE_IDS.includes(user.role);

export const seesMoney = (user: SessionUser): boolean => SEES_MONEY.includes(user.role);
