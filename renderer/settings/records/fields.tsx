import {
  NumberInput,
  PasswordInput,
  Select,
  Switch,
  TextInput,
  type NumberInputProps,
  type PasswordInputProps,
  type SelectProps,
  type SwitchProps,
  type TextInputProps,
} from '@mantine/core';
import { DateInput, type DateInputProps } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { settings } from '../../i18n/zh/settings';

/**
 * Form inputs bound to one field of a @mantine/form form. Each carries `name` = the field key
 * (what e2e tests and the backend's field errors use) and is labelled from `settings.fields`
 * unless given a label.
 */
export type FieldName = keyof typeof settings.fields;

type Bound<V, P> = Omit<P, 'form' | 'name'> & { form: UseFormReturnType<V>; name: keyof V & FieldName };

function useLabel(name: FieldName, label: ReactNode) {
  const { t } = useTranslation('settings');
  return label ?? t(`fields.${name}`);
}

/**
 * Mantine gives `name` to the hidden input of a Select or DateInput; the visible input is the one a
 * person (or an e2e test) clicks and types into, so it gets the name too. React strips an attribute
 * it was not given whenever it updates that input, hence the observer putting it back.
 */
function NameOnVisibleInput({ name, children }: { name: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const input = ref.current?.querySelector('input:not([type="hidden"])');
    if (!input) return;
    const apply = () => input.getAttribute('name') !== name && input.setAttribute('name', name);
    apply();
    const observer = new MutationObserver(apply);
    observer.observe(input, { attributes: true, attributeFilter: ['name'] });
    return () => observer.disconnect();
  }, [name]);
  return <div ref={ref}>{children}</div>;
}

export function TextField<V>({ form, name, label, ...rest }: Bound<V, TextInputProps>) {
  return <TextInput name={name} label={useLabel(name, label)} {...form.getInputProps(name)} {...rest} />;
}

export function PasswordField<V>({ form, name, label, ...rest }: Bound<V, PasswordInputProps>) {
  return (
    <PasswordInput name={name} label={useLabel(name, label)} autoComplete="new-password" {...form.getInputProps(name)} {...rest} />
  );
}

/** A number that may be left empty (stored as null). */
export function NumberField<V>({ form, name, label, ...rest }: Bound<V, NumberInputProps>) {
  const { value, onChange: _, ...input } = form.getInputProps(name);
  return (
    <NumberInput
      name={name}
      label={useLabel(name, label)}
      allowDecimal={false}
      {...input}
      value={value ?? ''}
      onChange={(v) => form.setFieldValue(name, (typeof v === 'number' ? v : null) as never)}
      {...rest}
    />
  );
}

/** An ISO date (YYYY-MM-DD) or null, typed or picked from the calendar. */
export function DateField<V>({ form, name, label, ...rest }: Bound<V, DateInputProps>) {
  return (
    <NameOnVisibleInput name={name}>
      <DateInput
        data-testid={name}
        label={useLabel(name, label)}
        valueFormat="YYYY-MM-DD"
        placeholder="YYYY-MM-DD"
        clearable
        {...form.getInputProps(name)}
        {...rest}
      />
    </NameOnVisibleInput>
  );
}

export function SelectField<V, T extends string | number>({ form, name, label, ...rest }: Bound<V, SelectProps<T>>) {
  return (
    <NameOnVisibleInput name={name}>
      <Select<T> data-testid={name} label={useLabel(name, label)} {...form.getInputProps(name)} {...rest} />
    </NameOnVisibleInput>
  );
}

export function SwitchField<V>({ form, name, label, ...rest }: Bound<V, SwitchProps>) {
  return <Switch name={name} label={useLabel(name, label)} {...form.getInputProps(name, { type: 'checkbox' })} {...rest} />;
}
