import type { ErrorCode } from '../../contract/errors';
import type { MessageKey, MessageParams } from '../../contract/messages';
import type { FieldProblem } from '../../contract/problems';

export type { FieldProblem };

/**
 * A refusal the user can act on. Thrown inside a handler, it rolls the transaction back and
 * reaches the user as { code, message (in their language), field }.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: MessageParams = {},
    readonly fields: FieldProblem[] = [],
  ) {
    super(code);
    this.name = 'AppError';
  }

  static field(field: string, key: MessageKey, params?: MessageParams): AppError {
    return new AppError('invalid_input', {}, [{ field, key, params }]);
  }
}

/**
 * Runs a write whose UNIQUE constraint may be hit, and says that at `field` as the user's own
 * refusal (a name or date already taken) instead of an internal error; other failures pass on.
 */
export function unlessTaken<T>(write: () => T, field: string, key: MessageKey, params?: MessageParams): T {
  try {
    return write();
  } catch (e) {
    if ((e as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw e;
    throw AppError.field(field, key, params);
  }
}
