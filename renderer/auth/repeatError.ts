import { formatMessage } from '../../electron/contract/messages';
import { currentLocale } from '../i18n';

/** The "type it again" field of a new password: 必填 when empty, `mismatch` when different, else nothing. */
export function repeatError(password: string, repeat: string, mismatch: string): string | null {
  if (!repeat) return formatMessage(currentLocale(), 'required');
  return repeat === password ? null : mismatch;
}
