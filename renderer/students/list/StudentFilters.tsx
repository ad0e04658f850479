import { ActionIcon, Group, Select, TextInput, Tooltip, type ComboboxData } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STATUSES } from '../../../electron/contract/students';
import { useEnumOptions, useReferenceOptions } from '../shared/options';
import { ID_FILTERS, type useListParams } from './listParams';

type Params = ReturnType<typeof useListParams>;

const FILTER_BOX = { flex: 1, minWidth: 0 };
// Mantine's default shows ✕ beside the chevron in a section wider than the padding it keeps
// clear, so a long value ran under the ✕; with a value, the ✕ alone takes the chevron's place.
const CLEARABLE = { clearable: true, clearSectionMode: 'clear' } as const;

/**
 * Search box and filters above the list; each change goes into the URL. They sit in two groups
 * that share one row on a wide screen and take a row each on a narrower one (1366 wide), so no
 * box gets too narrow for its value and its clear button.
 */
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

  const filter = (key: (typeof ID_FILTERS)[number], data: ComboboxData<number>, label: string) => (
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
      {...CLEARABLE}
      searchable
      style={FILTER_BOX}
    />
  );

  const filtered = current.q !== '' || current.status !== null || ID_FILTERS.some((key) => current[key] !== null);

  return (
    <Group gap="xs" align="flex-start">
      <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 560px' }}>
        <TextInput
          data-testid="student-search"
          aria-label={tc('action.search')}
          placeholder={t('searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: 2, minWidth: 0 }}
        />
        {filter('projectId', options.projects, t('fields.projectId'))}
        {filter('cohortId', options.cohortsOf(current.projectId), t('fields.cohortId'))}
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flex: '1 1 720px' }}>
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
          {...CLEARABLE}
          style={FILTER_BOX}
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
    </Group>
  );
}
