import type { FormErrors } from '@mantine/form';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Validation messages are text in the language of the moment; when someone switches language
 * with messages on screen, they are produced again in the new one.
 */
export function useRevalidateOnLanguageChange(form: { errors: FormErrors; validate(): unknown }): void {
  const { i18n } = useTranslation();
  const latest = useRef(form);
  latest.current = form;
  useEffect(() => {
    if (Object.keys(latest.current.errors).length) latest.current.validate();
  }, [i18n.language]);
}
