import { Select } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useApi } from '../api/hooks';
import { useFieldText } from './fieldTexts';
import { visibleInputName } from './visibleInputName';

interface Props<V> {
  form: UseFormReturnType<V>;
  /** the field holding the chosen student's id */
  name: string & keyof V;
  /** after a pick, for a form that needs more of the student than the id */
  onPick?(id: number | null): void;
}

/**
 * One student, found by typing a name, student number or class (as the register's search): the
 * first matches are offered with their class and masked 身份证号 to tell namesakes apart.
 */
export function StudentSearchField<V>({ form, name, onPick }: Props<V>) {
  const text = useFieldText(name);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useApi('students.list', { q, pageSize: 20 }, { enabled: q.length > 0 });
  const data = (found.data?.rows ?? []).map((s) => ({
    value: String(s.id),
    label: [s.name, s.className ?? s.cohortName, s.idNumberMasked].join(' · '),
  }));
  const { value, error } = form.getInputProps(name);
  return (
    <Select
      {...visibleInputName(name)}
      data-testid={name}
      label={text.label}
      withAsterisk
      searchable
      filter={({ options }) => options}
      data={data}
      value={value ? String(value) : null}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={q && !found.isFetching ? '—' : undefined}
      error={error}
      onChange={(v) => {
        const id = v ? Number(v) : null;
        form.setFieldValue(name, id as never);
        onPick?.(id);
      }}
    />
  );
}
