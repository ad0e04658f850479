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
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { IsoDateInput, type IsoDateInputProps } from '../../forms/IsoDateInput';
import { visibleInputName } from '../../forms/visibleInputName';
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

/** An ISO date (YYYY-MM-DD) or null, typed or picked from the calendar; a day that does not exist is refused, not rolled over. */
export function DateField<V>({ form, name, label, ...rest }: Bound<V, IsoDateInputProps>) {
  return <IsoDateInput name={name} data-testid={name} label={useLabel(name, label)} {...form.getInputProps(name)} {...rest} />;
}

export function SelectField<V, T extends string | number>({ form, name, label, ...rest }: Bound<V, SelectProps<T>>) {
  return (
    <Select<T> {...visibleInputName(name)} data-testid={name} label={useLabel(name, label)} {...form.getInputProps(name)} {...rest} />
  );
}

export function SwitchField<V>({ form, name, label, ...rest }: Bound<V, SwitchProps>) {
  return <Switch name={name} label={useLabel(name, label)} {...form.getInputProps(name, { type: 'checkbox' })} {...rest} />;
}
