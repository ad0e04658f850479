import { ActionIcon, Button, Group, NumberInput, Stack, Text, type NumberInputProps } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { chinaToday } from '../../../electron/contract/dates';
import type { Settings } from '../../../electron/contract/settings';
import { NumberField } from '../../forms/fields';

const PERCENT = { allowDecimal: true, decimalScale: 1, min: 0, max: 100, suffix: '%' } as const;

/**
 * 工作目标 of 基本设置: the employment target by year and the coverage target the leader dashboard
 * compares with. A row's error says which row it is, as a long form may show it out of sight.
 */
export function TargetsSection({ form, canEdit }: { form: UseFormReturnType<Settings>; canEdit: boolean }) {
  const { t } = useTranslation('settings');
  const rows = form.getValues().targets.employment;
  const errorAt = (i: number, field: 'year' | 'percent') => form.errors[`targets.employment.${i}.${field}`];
  /** A row's input, red when wrong (the row says why below it); empty holds null, which the backend refuses as 必填. */
  const cell = (i: number, field: 'year' | 'percent', props: NumberInputProps) => {
    const path = `targets.employment.${i}.${field}`;
    return (
      <NumberInput
        name={path}
        {...form.getInputProps(path)}
        onChange={(v) => form.setFieldValue(path, typeof v === 'number' ? v : null)}
        error={Boolean(errorAt(i, field))}
        readOnly={!canEdit}
        data-testid={`target-${field}`}
        {...props}
      />
    );
  };
  const add = () => {
    const last = rows.at(-1);
    // The percent is left to type: no target is invented (an empty one is refused at its row).
    const row = { year: last ? last.year + 1 : Number(chinaToday(new Date()).slice(0, 4)), percent: null };
    form.insertListItem('targets.employment', row as unknown as Settings['targets']['employment'][number]);
  };
  return (
    <Stack gap="sm" data-testid="settings-targets">
      <Text size="sm" fw={500}>
        {t('fields.targets.employment')}
      </Text>
      {rows.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('general.targetsNone')}
        </Text>
      )}
      {rows.map((_, i) => (
        <Stack key={i} gap={4} data-testid="target-row">
          <Group align="flex-start" gap="sm">
            {cell(i, 'year', { label: t('fields.targets.year'), allowDecimal: false, min: 2000, max: 2100, w: 110 })}
            {cell(i, 'percent', { label: t('fields.targets.percent'), ...PERCENT, w: { base: 150, sm: 240 } })}
            {canEdit && (
              <ActionIcon variant="subtle" color="red" mt={28} onClick={() => form.removeListItem('targets.employment', i)} aria-label={t('general.removeTarget')}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
          {(['year', 'percent'] as const)
            .filter((field) => errorAt(i, field))
            .map((field) => (
              <Text key={field} size="xs" c="red" data-testid="target-error">
                {t('general.targetRow', { row: i + 1, message: errorAt(i, field) })}
              </Text>
            ))}
        </Stack>
      ))}
      {canEdit && (
        <Group>
          <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={add} data-testid="target-add">
            {t('general.addTarget')}
          </Button>
        </Group>
      )}
      <NumberField
        form={form}
        name="targets.coverage"
        label={t('fields.targets.coverage')}
        description={t('general.coverageTargetHint')}
        {...PERCENT}
        w={{ base: '100%', sm: 360 }}
        readOnly={!canEdit}
        data-testid="target-coverage"
      />
    </Stack>
  );
}
