import { Autocomplete, Select, Switch, Textarea, TextInput, type ComboboxItem, type Primitive } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { visibleInputName } from '../../forms/visibleInputName';
import { REQUIRED, useStudentFormContext, type StudentFormValues } from './studentForm';

/**
 * Inputs bound to one field of the student form. Each is labelled from `students.fields`, marked
 * when required, and carries `name` = the field key (what the backend's field errors and e2e
 * tests use).
 */
type Key = keyof StudentFormValues;
type KeyOf<T> = { [K in Key]: StudentFormValues[K] extends T ? K : never }[Key];

function useBound(name: Key, type?: 'checkbox') {
  const form = useStudentFormContext();
  const { t } = useTranslation('students');
  return { label: t(`fields.${name}`), withAsterisk: REQUIRED.has(name), ...form.getInputProps(name, { type }) };
}

export function TextField({ name, placeholder }: { name: KeyOf<string>; placeholder?: string }) {
  const bound = useBound(name);
  return <TextInput name={name} placeholder={placeholder} {...bound} />;
}

/** `hideLabel`: the section's title already names it (备注); the label stays for screen readers. */
export function TextareaField({ name, hideLabel }: { name: KeyOf<string>; hideLabel?: boolean }) {
  const { label, ...bound } = useBound(name);
  return <Textarea name={name} autosize minRows={3} maxRows={10} label={hideLabel ? undefined : label} aria-label={label} {...bound} />;
}

/** Free text with suggestions (e.g. 民族: a list, but an unusual entry stays possible). */
export function SuggestField({ name, data, placeholder }: { name: KeyOf<string>; data: string[]; placeholder?: string }) {
  const bound = useBound(name);
  return <Autocomplete name={name} data-testid={name} placeholder={placeholder} data={data} limit={data.length} {...bound} />;
}

/** A choice from a list. `onPick` replaces the plain setter when a choice changes other fields too. */
export function SelectField<V extends Primitive>({
  name,
  data,
  onPick,
}: {
  name: KeyOf<V | null>;
  data: ComboboxItem<V>[];
  onPick?: (value: V | null) => void;
}) {
  const form = useStudentFormContext();
  const bound = useBound(name);
  return (
    <Select<V>
      {...visibleInputName(name)}
      data-testid={name}
      data={data}
      clearable={!bound.withAsterisk}
      searchable={data.length > 8}
      {...bound}
      onChange={(value) => (onPick ? onPick(value) : form.setFieldValue(name, value as never))}
    />
  );
}

/** An ISO date, typed as YYYY-MM-DD or picked from the calendar. */
export function DateField({ name }: { name: KeyOf<string | null> }) {
  const bound = useBound(name);
  return (
    <DateInput
      {...visibleInputName(name)}
      data-testid={name}
      valueFormat="YYYY-MM-DD"
      placeholder="YYYY-MM-DD"
      clearable={!bound.withAsterisk}
      {...bound}
    />
  );
}

export function SwitchField({ name }: { name: KeyOf<boolean> }) {
  const { withAsterisk: _, ...bound } = useBound(name, 'checkbox');
  return <Switch name={name} {...bound} />;
}
