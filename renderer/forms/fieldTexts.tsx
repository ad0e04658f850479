import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface FieldTexts {
  /** the i18n namespace whose `fields.<name>` labels the inputs */
  ns: string;
  /** fields marked with an asterisk (the contract schema is what refuses them empty) */
  required?: ReadonlySet<string>;
}

const Context = createContext<FieldTexts | null>(null);

/** Where the fields of a form take their labels and required marks from. */
export function FieldTextsProvider({ children, ...texts }: FieldTexts & { children: ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>;
}

/** The label and required mark of one field; a field outside any provider is labelled by its key, which shows at once. */
export function useFieldText(name: string): { label: string; required: boolean } {
  const texts = useContext(Context);
  const { t } = useTranslation((texts?.ns ?? 'common') as 'common');
  return { label: texts ? t(`fields.${name}` as never) : name, required: texts?.required?.has(name) ?? false };
}
