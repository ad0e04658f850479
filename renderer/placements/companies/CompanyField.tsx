import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
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
}

/** A company of the directory, found by typing part of its name, credit code or city. */
export function CompanyField<V>({ form, name, current, description, label }: Props<V>) {
  const text = useFieldText(name);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useApi('companies.list', { q });
  const rows = found.data?.rows ?? [];
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
      withAsterisk
      searchable
      filter={({ options }) => options}
      data={data}
      value={value ? String(value) : null}
      onSearchChange={setSearch}
      error={error}
      onChange={(v) => form.setFieldValue(name, (v ? Number(v) : null) as never)}
    />
  );
}
