import { ActionIcon, Badge, Button, Group, Input, Paper, Stack, Text } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconArrowDown, IconArrowUp, IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { BANK_COLUMNS, type BankColumn } from '../../../electron/contract/allowanceBankFiles';
import { useFieldText } from '../../forms/fieldTexts';

/**
 * The template's columns in file order: each chosen one moves up or down or goes, the others are
 * added at the end. Every column can be had once, so a column twice cannot even be chosen here.
 */
export function ColumnsField<V extends { columns: BankColumn[] }>({ form }: { form: UseFormReturnType<V> }) {
  const { t } = useTranslation('bankFiles');
  const { label } = useFieldText('columns');
  const chosen = form.getValues().columns;
  const { error } = form.getInputProps('columns');
  const set = (columns: BankColumn[]) => {
    form.setFieldValue('columns', columns as never);
    form.clearFieldError('columns');
  };
  const move = (from: number, to: number) => {
    const next = [...chosen];
    [next[from], next[to]] = [next[to], next[from]];
    set(next);
  };
  const unchosen = BANK_COLUMNS.filter((c) => !chosen.includes(c));

  return (
    <Input.Wrapper label={label} withAsterisk description={t('templates.columnsHint')} error={error}>
      <Paper withBorder p={6} mt={4} data-testid="bank-columns">
        <Stack gap={2}>
          {chosen.map((c, i) => (
            <Group key={c} gap="xs" wrap="nowrap" data-testid="bank-column">
              <Badge variant="light" size="sm" w={28} px={0}>
                {i + 1}
              </Badge>
              <Text size="sm" flex={1}>
                {t(`column.${c}`)}
              </Text>
              <ActionIcon
                variant="subtle"
                size="sm"
                disabled={i === 0}
                onClick={() => move(i, i - 1)}
                aria-label={t('templates.up')}
                data-testid="bank-column-up"
              >
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="sm" disabled={i === chosen.length - 1} onClick={() => move(i, i + 1)} aria-label={t('templates.down')}>
                <IconArrowDown size={14} />
              </ActionIcon>
              <ActionIcon variant="subtle" size="sm" color="red" onClick={() => set(chosen.filter((x) => x !== c))} aria-label={t('templates.remove')}>
                <IconX size={14} />
              </ActionIcon>
            </Group>
          ))}
          {chosen.length === 0 && (
            <Text size="sm" c="dimmed" py={4}>
              {t('templates.noColumns')}
            </Text>
          )}
        </Stack>
      </Paper>
      {unchosen.length > 0 && (
        <Group gap={6} mt={6}>
          {unchosen.map((c) => (
            <Button
              key={c}
              size="compact-xs"
              variant="light"
              leftSection={<IconPlus size={12} />}
              onClick={() => set([...chosen, c])}
              data-testid={`bank-column-add-${c}`}
            >
              {t(`column.${c}`)}
            </Button>
          ))}
        </Group>
      )}
    </Input.Wrapper>
  );
}
