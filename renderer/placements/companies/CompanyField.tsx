import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { Company } from '../../../electron/contract/companies';
import { useApi } from '../../api/hooks';
import { useFieldText } from '../../forms/fieldTexts';
import { visibleInputName } from '../../forms/visibleInputName';

interface Props<V> {
  form: UseFormReturnType<V>;
  /** the field holding the company's id */
  name: string & keyof V;
  /** the company already chosen (editing), shown before anything is typed */
  current?: { id: number; name: string } | null;
  description?: string;
  /** when the field's own label does not fit (就业单位 where it says 实习单位) */
  label?: string;
  /** leaves this company out of the choices (the one another is merged into) */
  except?: number;
  /** false for a filter: no mark, and it can be cleared */
  required?: boolean;
  /** the whole entry picked, for a form that needs more than its id */
  onPick?(company: Company | null): void;
}

/** A company of the directory, found by typing part of its name, credit code or city. */
export function CompanyField<V>({ form, name, current, description, label, except, required = true, onPick }: Props<V>) {
  const text = useFieldText(name);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useApi('companies.list', { q });
  const rows = (found.data?.rows ?? []).filter((c) => c.id !== except);
  const data = [...(current && !rows.some((c) => c.id === current.id) ? [current] : []), ...rows].map((c) => ({
    value: String(c.id),
    label: 'city' in c && c.city ? `${c.name} · ${c.city}` : c.name,
  }));
  const { value, error } = form.getInputProps(name);
  return (
    <Select
      {...visibleInputName(name)}
      data-testid={name}
      label={label ?? text.label}
      description={description}
      withAsterisk={required}
      clearable={!required}
      searchable
      filter={({ options }) => options}
      data={data}
      value={value ? String(value) : null}
      onSearchChange={setSearch}
      error={error}
      onChange={(v) => {
        form.setFieldValue(name, (v ? Number(v) : null) as never);
        onPick?.(rows.find((c) => String(c.id) === v) ?? null);
      }}
    />
  );
}
