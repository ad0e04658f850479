import {
  Autocomplete,
  Checkbox,
  Group,
  Input,
  NumberInput,
  SegmentedControl,
  PasswordInput,
  Select,
  Switch,
  Textarea,
  TextInput,
  type AutocompleteProps,
  type ComboboxData,
  type NumberInputProps,
  type PasswordInputProps,
  type Primitive,
  type SegmentedControlProps,
  type SelectProps,
  type SwitchProps,
  type TextareaProps,
  type TextInputProps,
} from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useState, type ChangeEvent, type ReactNode } from 'react';
import { toHalfWidth } from '../../electron/contract/halfwidth';
import { useFieldText } from './fieldTexts';
import { warningProps } from './fieldWarning';
import { IsoDateInput, type IsoDateInputProps } from './IsoDateInput';
import { visibleInputName } from './visibleInputName';

/**
 * Inputs bound to one field of a @mantine/form form, for every form of the app. Each carries
 * `name` = the field key (what the backend's field errors and e2e tests use), is labelled from
 * the form's FieldTextsProvider unless given a label, and marked when required.
 */
type Bound<V, P, T = unknown> = Omit<P, 'form' | 'name'> & { form: UseFormReturnType<V>; name: KeysOf<V, T> };
/** The fields of V holding a T, and those of its nested groups as `group.field` (as Mantine's form names them). */
type KeysOf<V, T> = {
  [K in keyof V & string]: V[K] extends T ? K : V[K] extends Record<string, unknown> ? `${K}.${KeysOf<V[K], T>}` : never;
}[keyof V & string];

function useBinding<V>(form: UseFormReturnType<V>, name: string, label: ReactNode, required: boolean | undefined, type?: 'checkbox') {
  const text = useFieldText(name);
  return { label: label ?? text.label, withAsterisk: required ?? text.required, ...form.getInputProps(name, { type }) };
}

/**
 * `halfWidth`: full-width digits and letters a Chinese IME types (１３８…) become the ASCII ones
 * as they are typed, as the backend would convert them (not while the IME is still composing).
 * `warning`: shown once the field is left, not while the name is still being typed in pinyin.
 */
export function TextField<V>({
  form,
  name,
  label,
  required,
  halfWidth,
  warning,
  ...rest
}: Bound<V, TextInputProps, string | null> & { halfWidth?: boolean; warning?: string | null }) {
  const { onChange, onFocus, onBlur, ...bound } = useBinding(form, name, label, required);
  const [typing, setTyping] = useState(false);
  return (
    <TextInput
      name={name}
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
      {...rest}
    />
  );
}

export function PasswordField<V>({ form, name, label, required, ...rest }: Bound<V, PasswordInputProps, string | null>) {
  return <PasswordInput name={name} autoComplete="new-password" {...useBinding(form, name, label, required)} {...rest} />;
}

/** `hideLabel`: a section's title already names it (备注); the label stays for screen readers. */
export function TextareaField<V>({ form, name, label, required, hideLabel, ...rest }: Bound<V, TextareaProps, string | null> & { hideLabel?: boolean }) {
  const { label: shown, ...bound } = useBinding(form, name, label, required);
  return (
    <Textarea name={name} autosize minRows={3} maxRows={10} label={hideLabel ? undefined : shown} aria-label={String(shown)} {...bound} {...rest} />
  );
}

/** Free text with suggestions (e.g. 民族: a list, but an unusual entry stays possible). */
export function SuggestField<V>({ form, name, label, required, data, ...rest }: Bound<V, AutocompleteProps, string | null> & { data: string[] }) {
  return <Autocomplete name={name} data-testid={name} data={data} limit={data.length} {...useBinding(form, name, label, required)} {...rest} />;
}

/** A whole number that may be left empty (stored as null). */
export function NumberField<V>({ form, name, label, required, ...rest }: Bound<V, NumberInputProps, number | null>) {
  const { value, onChange: _, ...bound } = useBinding(form, name, label, required);
  return (
    <NumberInput
      name={name}
      allowDecimal={false}
      {...bound}
      value={value ?? ''}
      onChange={(v) => form.setFieldValue(name, (typeof v === 'number' ? v : null) as never)}
      {...rest}
    />
  );
}

/** What the amount input holds, in fen; null when empty or not a number. */
function typedFen(v: string | number): number | null {
  if (v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/**
 * An amount typed in yuan and kept in fen (integer): at most two decimals can be typed, so nothing
 * is rounded but float noise (1.15 × 100 = 114.999…). What is being typed ('860.', on the way to
 * 860.50) stays as typed while it means the form's amount; any other change of the form shows.
 */
export function MoneyField<V>({ form, name, label, required, ...rest }: Bound<V, NumberInputProps, number | null>) {
  const { value, onChange: _, ...bound } = useBinding(form, name, label, required);
  const [typed, setTyped] = useState<string | number>('');
  const fen = typeof value === 'number' ? value : null;
  const shown = typed !== '' && typedFen(typed) === fen ? typed : fen === null ? '' : fen / 100;
  return (
    <NumberInput
      name={name}
      decimalScale={2}
      thousandSeparator=","
      prefix="¥"
      allowNegative={false}
      {...bound}
      value={shown}
      onChange={(v) => {
        setTyped(v);
        form.setFieldValue(name, typedFen(v) as never);
      }}
      {...rest}
    />
  );
}

function optionCount(data: ComboboxData<Primitive>): number {
  let n = 0;
  for (const d of data) n += typeof d === 'object' && 'group' in d ? d.items.length : 1;
  return n;
}

/**
 * A choice from a list (or from groups): clearable unless required, searchable when long.
 * `onPick` replaces the plain setter when a choice changes other fields too.
 */
export function SelectField<V, T extends Primitive>({
  form,
  name,
  label,
  required,
  data,
  onPick,
  ...rest
}: Bound<V, SelectProps<T>> & { data: ComboboxData<T>; onPick?: (value: T | null) => void }) {
  const bound = useBinding(form, name, label, required);
  return (
    <Select<T>
      {...visibleInputName(name)}
      data-testid={name}
      data={data}
      clearable={!bound.withAsterisk}
      searchable={optionCount(data as ComboboxData<Primitive>) > 8}
      {...bound}
      onChange={(value) => (onPick ? onPick(value) : form.setFieldValue(name, value as never))}
      {...rest}
    />
  );
}

/**
 * An ISO date, typed or picked from the calendar. A text that is no real date (2019-02-30) stays
 * as typed and is marked as soon as the field is left.
 */
export function DateField<V>({ form, name, label, required, warning, ...rest }: Bound<V, IsoDateInputProps, string | null> & { warning?: string | null }) {
  const { onBlur, ...bound } = useBinding(form, name, label, required);
  return (
    <IsoDateInput
      name={name}
      data-testid={name}
      {...bound}
      {...warningProps(warning)}
      onBlur={(e) => {
        onBlur?.(e);
        if (bound.value) form.validateField(name);
      }}
      {...rest}
    />
  );
}

export function SwitchField<V>({ form, name, label, ...rest }: Bound<V, SwitchProps, boolean | null>) {
  const { withAsterisk: _, ...bound } = useBinding(form, name, label, false, 'checkbox');
  return <Switch name={name} {...bound} {...rest} />;
}

/** One of a few short choices, all in view (方式, 风险): one key press each with the arrow keys. */
export function SegmentedField<V>({
  form,
  name,
  label,
  required,
  data,
  ...rest
}: Bound<V, Omit<SegmentedControlProps, 'data'>, string | null> & { label?: ReactNode; required?: boolean; data: { value: string; label: string }[] }) {
  const { label: shown, withAsterisk, error, value, onChange } = useBinding(form, name, label, required);
  return (
    <Input.Wrapper label={shown} withAsterisk={withAsterisk} error={error}>
      <div>
        <SegmentedControl data-testid={name} name={name} data={data} value={value ?? ''} onChange={onChange} {...rest} />
      </div>
    </Input.Wrapper>
  );
}

/** Several of a list (帮扶措施): checkboxes, in the list's order. */
export function CheckboxesField<V>({ form, name, label, required, data }: Bound<V, object, string[]> & {
  label?: ReactNode;
  required?: boolean;
  data: { value: string; label: string }[];
}) {
  const bound = useBinding(form, name, label, required);
  return (
    <Checkbox.Group label={bound.label} withAsterisk={bound.withAsterisk} error={bound.error} value={bound.value} onChange={bound.onChange} data-testid={name}>
      <Group gap="md" mt={6}>
        {data.map((d) => (
          <Checkbox key={d.value} value={d.value} label={d.label} name={name} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
