import { ActionIcon, Group, Select, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../electron/contract/students';
import { useEnumOptions, useReferenceOptions } from '../shared/options';
import { ID_FILTERS, type useListParams } from './listParams';

type Params = ReturnType<typeof useListParams>;

/** Search box and filters above the list; each change goes into the URL. */
export function StudentFilters({ current, update, reset }: Params) {
  const { t } = useTranslation('students');
  const { t: tc } = useTranslation();
  const options = useReferenceOptions();
  const statuses = useEnumOptions('status', STATUSES);

  // Typing updates the box at once and the list when the typing pauses.
  const [search, setSearch] = useState(current.q);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced.trim() !== current.q) update({ q: debounced.trim() });
  }, [debounced]);

  const filter = (key: (typeof ID_FILTERS)[number], data: { value: number; label: string }[], label: string) => (
    <Select<number>
      data-testid={`filter-${key}`}
      aria-label={label}
      placeholder={label}
      data={data}
      value={current[key]}
      onChange={(value) =>
        update(
          // A cohort belongs to one project; a class to one cohort.
          key === 'projectId' ? { projectId: value, cohortId: null, classId: null } : key === 'cohortId' ? { cohortId: value, classId: null } : { [key]: value },
        )
      }
      clearable
      searchable
      style={{ flex: 1, minWidth: 0 }}
    />
  );

  const filtered = current.q !== '' || current.status !== null || ID_FILTERS.some((key) => current[key] !== null);

  return (
    <Group gap="xs" wrap="nowrap">
      <TextInput
        data-testid="student-search"
        aria-label={tc('action.search')}
        placeholder={t('searchPlaceholder')}
        leftSection={<IconSearch size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        style={{ flex: 3, minWidth: 0 }}
      />
      {filter('projectId', options.projects, t('fields.projectId'))}
      {filter('cohortId', options.cohortsOf(current.projectId), t('fields.cohortId'))}
      {filter('majorId', options.majors, t('fields.majorId'))}
      {filter('classId', options.classesOf(current.cohortId), t('fields.classId'))}
      {filter('counsellorId', options.counsellors, t('list.counsellorName'))}
      <Select
        data-testid="filter-status"
        aria-label={t('fields.status')}
        placeholder={t('fields.status')}
        data={statuses}
        value={current.status}
        onChange={(value) => update({ status: value })}
        clearable
        style={{ flex: 1, minWidth: 0 }}
      />
      <Tooltip label={tc('action.reset')}>
        <ActionIcon
          variant="subtle"
          size="lg"
          aria-label={tc('action.reset')}
          disabled={!filtered}
          bg={filtered ? undefined : 'transparent'}
          onClick={() => {
            setSearch('');
            reset();
          }}
        >
          <IconFilterOff size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
