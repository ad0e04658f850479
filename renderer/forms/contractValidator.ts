import type { FormErrors } from '@mantine/form';
import { contract, type MethodName } from '../../electron/contract';
import { formatMessage } from '../../electron/contract/messages';
import { fieldProblems } from '../../electron/contract/problems';
import { currentLocale } from '../i18n';

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
    return Object.fromEntries(fieldProblems(result.error, input).map((p) => [p.field, formatMessage(currentLocale(), p.key, p.params)]));
  };
}
