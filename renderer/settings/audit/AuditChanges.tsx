import { Anchor, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../electron/contract/audit';
import { changesOf, fieldLabel, formatValue, type IdNames } from './auditLabels';

/** Lines shown before "show all": enough for a typical edit, short enough for a list. */
const FOLDED = 3;

/** "field: old → new" for each change of one audit record, folded when long. */
export function AuditChanges({ entry, names }: { entry: AuditEntry; names: IdNames }) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  const changes = changesOf(entry.before, entry.after);
  if (!changes.length) {
    // An update that changed nothing is still logged (someone pressed save).
    return entry.action === 'update' ? (
      <Text size="xs" c="dimmed">
        {t('audit.noChanges')}
      </Text>
    ) : null;
  }
  const shown = open ? changes : changes.slice(0, FOLDED);
  const value = (key: string, v: unknown) => formatValue({ entity: entry.entity, t, tc, names }, key, v);
  return (
    <Stack gap={2}>
      {shown.map((c) => (
        <Text key={c.key} size="xs" lh={1.5}>
          <Text span fw={600} size="xs">
            {fieldLabel(entry.entity, c.key)}：
          </Text>
          {c.kind === 'added' && value(c.key, c.after)}
          {c.kind === 'removed' && (
            <Text span size="xs" c="dimmed" td="line-through">
              {value(c.key, c.before)}
            </Text>
          )}
          {c.kind === 'changed' && (
            <>
              <Text span size="xs" c="red.8" td="line-through">
                {value(c.key, c.before)}
              </Text>
              {' → '}
              <Text span size="xs" c="teal.8">
                {value(c.key, c.after)}
              </Text>
            </>
          )}
        </Text>
      ))}
      {changes.length > FOLDED && (
        <Anchor component="button" type="button" size="xs" ta="left" onClick={() => setOpen((o) => !o)} data-testid="audit-expand">
          {open ? t('audit.collapse') : t('audit.showAll', { count: changes.length })}
        </Anchor>
      )}
    </Stack>
  );
}
