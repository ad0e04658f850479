import type { Db } from '../../../../db/open';
import type { AuthedCtx } from '../../rpc/context';

/** How many of the records changed since an import the list names. */
export const NAMED = 3;

/** What each kind of import knows of the imports it made: what has changed since, and how to take one back. */
export interface KindHistory {
  /** the students whose records the import made or changed that someone has changed since (the first few names): it can no longer be undone */
  changedSince(db: Db, importId: number): string[];
  /** the import taken back in the call's transaction; throws an AppError naming what stands in the way */
  undo(ctx: AuthedCtx, importId: number): void;
}

/** A RESTRICT foreign key (a check-in, a follow-up, a reversal…) says so as SQLITE_CONSTRAINT_TRIGGER, with this message. */
export const isRestricted = (e: unknown) => String((e as Error).message).includes('FOREIGN KEY constraint failed');
