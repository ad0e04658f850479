import type { FormErrors } from '@mantine/form';
import { contract, type MethodName } from '../../../electron/contract';
import { formatMessage, isMessageKey } from '../../../electron/contract/messages';
import { currentLocale } from '../../i18n';

/**
 * A @mantine/form validator that runs the contract's own input schema, so the form refuses
 * exactly what the backend would, with the backend's messages, before anything is sent.
 * `toInput` turns the form's values into the method's input (e.g. '' → null).
 */
export function contractValidator<V>(method: MethodName, toInput: (values: V) => unknown) {
  return (values: V): FormErrors => {
    const input = toInput(values);
    const result = contract[method].input.safeParse(input);
    if (result.success) return {};
    const errors: FormErrors = {};
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      if (path in errors) continue;
      const value = issue.path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | null)?.[key], input);
      const key = isMessageKey(issue.message) ? issue.message : value == null || value === '' ? 'required' : 'invalid_value';
      errors[path] = formatMessage(currentLocale(), key);
    }
    return errors;
  };
}
