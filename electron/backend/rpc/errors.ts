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
