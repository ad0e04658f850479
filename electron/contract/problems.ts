import type { z } from 'zod';
import { isMessageKey, type MessageKey, type MessageParams } from './messages';

export interface FieldProblem {
  field: string;
  key: MessageKey;
  params?: MessageParams;
}

/**
 * What a failed contract schema says, one problem per field (the first found: an empty user name
 * is 必填, not also "bad format"), with the limit a too-long value broke. Used by the backend and
 * by the renderer's form validation, so both say the same thing.
 */
export function fieldProblems(error: z.ZodError, input: unknown): FieldProblem[] {
  const byField = new Map<string, FieldProblem>();
  for (const issue of error.issues) {
    const field = issue.path.join('.');
    if (byField.has(field)) continue;
    const value = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | null)?.[key], input);
    if (issue.code === 'too_big' && issue.origin === 'string') {
      byField.set(field, { field, key: 'too_long', params: { max: Number(issue.maximum) } });
    } else if (isMessageKey(issue.message)) {
      byField.set(field, { field, key: issue.message });
    } else {
      byField.set(field, { field, key: value == null || value === '' ? 'required' : 'invalid_value' });
    }
  }
  return [...byField.values()];
}
