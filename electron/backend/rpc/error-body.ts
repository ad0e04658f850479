import type { ApiErrorBody, ErrorParams } from '../../contract/errors';
import { formatMessage, type Locale, type MessageParams } from '../../contract/messages';
import { AppError } from './errors';

/**
 * An error as a caller receives it, in the caller's language. A module of its own so that the
 * processes that only relay calls (Electron's main, the serve parent) can word their own refusals
 * without loading the backend and its database driver.
 */
export function toErrorBody(e: unknown, locale: Locale): ApiErrorBody {
  if (!(e instanceof AppError)) return { code: 'internal', message: formatMessage(locale, 'internal') };
  const fields = e.fields.map((f) => ({ field: f.field, message: formatMessage(locale, f.key, f.params), ...plainParams(f.params) }));
  return {
    code: e.code,
    message: formatMessage(locale, e.code, e.params),
    ...plainParams(e.params),
    ...(fields.length ? { field: fields[0].field, fields } : {}),
  };
}

/** The params that are values (not other messages), when there are any. */
function plainParams(params: MessageParams = {}): { params?: ErrorParams } {
  const plain = Object.entries(params).filter((entry): entry is [string, string | number] => typeof entry[1] !== 'object');
  return plain.length ? { params: Object.fromEntries(plain) } : {};
}
