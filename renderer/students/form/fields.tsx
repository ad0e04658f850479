import { Autocomplete, Group, Select, Switch, Text, Textarea, TextInput, type ComboboxData, type Primitive } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toHalfWidth } from '../../../electron/contract/halfwidth';
import { IsoDateInput } from '../../forms/IsoDateInput';
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

/**
 * A yellow hint under the input: something unusual that may be a typing mistake, which the
 * person saving may keep (unlike an error, which refuses the save).
 */
function warningProps(warning: string | null | undefined) {
  if (!warning) return {};
  return {
    inputWrapperOrder: ['label', 'input', 'description', 'error'] as ('label' | 'input' | 'description' | 'error')[],
    description: (
      <Group component="span" gap={4} wrap="nowrap" align="flex-start" data-testid="field-warning">
        <IconAlertTriangle size={14} color="var(--mantine-color-yellow-8)" style={{ flexShrink: 0, marginTop: 1 }} />
        <Text span size="xs" c="yellow.9">
          {warning}
        </Text>
      </Group>
    ),
  };
}

/**
 * `halfWidth`: full-width digits and letters a Chinese IME types (１３８…) become the ASCII ones
 * as they are typed, as the backend would convert them (not while the IME is still composing).
 * `warning`: shown once the field is left, not while the name is still being typed in pinyin.
 */
export function TextField({ name, placeholder, halfWidth, warning }: { name: KeyOf<string>; placeholder?: string; halfWidth?: boolean; warning?: string | null }) {
  const { onChange, onFocus, onBlur, ...bound } = useBound(name);
  const [typing, setTyping] = useState(false);
  return (
    <TextInput
      name={name}
      placeholder={placeholder}
      {...bound}
      {...warningProps(typing ? null : warning)}
      onChange={(e: ChangeEvent<HTMLInputElement>) =>
        halfWidth && !(e.nativeEvent as InputEvent).isComposing ? onChange(toHalfWidth(e.currentTarget.value)) : onChange(e)
      }
      onFocus={(e) => {
        setTyping(true);
        onFocus?.(e);
      }}
      onBlur={(e) => {
        setTyping(false);
        onBlur?.(e);
      }}
    />
  );
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

function optionCount(data: ComboboxData<Primitive>): number {
  let n = 0;
  for (const d of data) n += typeof d === 'object' && 'group' in d ? d.items.length : 1;
  return n;
}

/** A choice from a list (or from groups). `onPick` replaces the plain setter when a choice changes other fields too. */
export function SelectField<V extends Primitive>({
  name,
  data,
  onPick,
  placeholder,
  disabled,
}: {
  name: KeyOf<V | null>;
  data: ComboboxData<V>;
  onPick?: (value: V | null) => void;
  placeholder?: string;
  disabled?: boolean;
}) {
  const form = useStudentFormContext();
  const bound = useBound(name);
  return (
    <Select<V>
      {...visibleInputName(name)}
      data-testid={name}
      data={data}
      clearable={!bound.withAsterisk}
      searchable={optionCount(data as ComboboxData<Primitive>) > 8}
      placeholder={placeholder}
      disabled={disabled}
      {...bound}
      onChange={(value) => (onPick ? onPick(value) : form.setFieldValue(name, value as never))}
    />
  );
}

/**
 * An ISO date, typed or picked from the calendar. A text that is no real date (2019-02-30) stays
 * as typed and is marked as soon as the field is left.
 */
export function DateField({ name, warning }: { name: KeyOf<string | null>; warning?: string | null }) {
  const form = useStudentFormContext();
  const { onBlur, ...bound } = useBound(name);
  return (
    <IsoDateInput
      name={name}
      data-testid={name}
      {...bound}
      {...warningProps(warning)}
      onBlur={(e) => {
        onBlur?.(e);
        if (form.getValues()[name]) form.validateField(name);
      }}
    />
  );
}

export function SwitchField({ name }: { name: KeyOf<boolean> }) {
  const { withAsterisk: _, ...bound } = useBound(name, 'checkbox');
  return <Switch name={name} {...bound} />;
}
