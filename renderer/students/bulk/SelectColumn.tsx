import { Checkbox, Table } from '@mantine/core';
import type { SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkSelectionState } from './useBulkSelection';

// A click or a key on the box is the box's: the row around it opens the student.
const own = (e: SyntheticEvent) => e.stopPropagation();

/** The header's box: ticks or unticks every row of the page (partly ticked shows as such). */
export function SelectPageHeader({ selection, pageIds }: { selection: BulkSelectionState; pageIds: number[] }) {
  const { t } = useTranslation('students');
  const ticked = pageIds.filter(selection.isSelected).length;
  const all = pageIds.length > 0 && ticked === pageIds.length;
  return (
    <Table.Th w={36}>
      <Checkbox
        size="xs"
        aria-label={t('bulk.selectPage')}
        data-testid="select-page"
        checked={all}
        indeterminate={ticked > 0 && !all}
        disabled={pageIds.length === 0}
        onChange={() => selection.set(pageIds, !all)}
      />
    </Table.Th>
  );
}

/** A row's box. */
export function SelectCell({ selection, id, name, pageIds }: { selection: BulkSelectionState; id: number; name: string; pageIds: number[] }) {
  const { t } = useTranslation('students');
  const checked = selection.isSelected(id);
  return (
    <Table.Td onClick={own} onKeyDown={own} style={{ cursor: 'default' }}>
      <Checkbox size="xs" aria-label={t('bulk.select', { name })} data-testid="select-row" checked={checked} onChange={() => selection.set([id], !checked, pageIds)} />
    </Table.Td>
  );
}
