import { ActionIcon, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconColumns } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRESS_COLUMN_GROUP, PROGRESS_COLUMNS, type ProgressColumnKey } from '../../../electron/contract/reportingColumns';
import { useApiMutation } from '../../api/hooks';
import { useCanCall } from '../../auth/permissions';
import { columnTitle } from './progressColumns';

interface Choice {
  key: ProgressColumnKey;
  on: boolean;
}

/** The chosen columns in their order, then the others in the default order, unticked. */
const choicesOf = (chosen: readonly ProgressColumnKey[]): Choice[] => [
  ...chosen.map((key) => ({ key, on: true })),
  ...PROGRESS_COLUMNS.filter((key) => !chosen.includes(key)).map((key) => ({ key, on: false })),
];

/** 列设置 on the 年度进展 page, for the office and the administrator: which columns, in which order. */
export function ColumnsButton({ columns }: { columns: readonly ProgressColumnKey[] }) {
  const { t } = useTranslation('reporting');
  const [opened, setOpened] = useState(false);
  if (!useCanCall('reports.setProgressColumns')) return null;
  return (
    <>
      <Button variant="default" leftSection={<IconColumns size={16} />} onClick={() => setOpened(true)} data-testid="progress-columns">
        {t('progressOutput.columns.button')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('progressOutput.columns.title')} size="md">
        {/* Mounted afresh on each opening, so it starts from the setting as it is now. */}
        {opened && <ColumnsForm columns={columns} onDone={() => setOpened(false)} />}
      </Modal>
    </>
  );
}

function ColumnsForm({ columns, onDone }: { columns: readonly ProgressColumnKey[]; onDone(): void }) {
  const { t } = useTranslation('reporting');
  const [choices, setChoices] = useState(() => choicesOf(columns));
  const save = useApiMutation('reports.setProgressColumns');
  const chosen = choices.filter((c) => c.on).map((c) => c.key);
  const move = (from: number, to: number) =>
    setChoices((list) => {
      const next = [...list];
      [next[from], next[to]] = [next[to], next[from]];
      return next;
    });
  const toggle = (at: number, on: boolean) => setChoices((list) => list.map((c, i) => (i === at ? { ...c, on } : c)));
  const submit = () =>
    save.mutate(
      { columns: chosen },
      {
        onSuccess: () => {
          notifications.show({ color: 'teal', message: t('progressOutput.columns.saved') });
          onDone();
        },
      },
    );

  return (
    <Stack gap="sm" data-testid="progress-columns-form">
      <Text size="sm" c="dimmed">
        {t('progressOutput.columns.intro')}
      </Text>
      <Stack gap={4}>
        {choices.map((c, i) => (
          <Group key={c.key} justify="space-between" wrap="nowrap" data-testid="column-choice" data-key={c.key}>
            <Checkbox
              checked={c.on}
              onChange={(e) => toggle(i, e.currentTarget.checked)}
              label={
                <>
                  {columnTitle(t, c.key)}
                  <Text span size="xs" c="dimmed" ml={6}>
                    {t(`progress.groups.${PROGRESS_COLUMN_GROUP[c.key]}`)}
                  </Text>
                </>
              }
            />
            <Group gap={4} wrap="nowrap">
              <ActionIcon variant="default" aria-label={t('progressOutput.columns.up')} disabled={i === 0} onClick={() => move(i, i - 1)} data-testid="column-up">
                <IconArrowUp size={14} />
              </ActionIcon>
              <ActionIcon
                variant="default"
                aria-label={t('progressOutput.columns.down')}
                disabled={i === choices.length - 1}
                onClick={() => move(i, i + 1)}
                data-testid="column-down"
              >
                <IconArrowDown size={14} />
              </ActionIcon>
            </Group>
          </Group>
        ))}
      </Stack>
      {chosen.length === 0 && (
        <Text size="sm" c="red">
          {t('progressOutput.columns.noneChosen')}
        </Text>
      )}
      {save.error && (
        <Text size="sm" c="red">
          {save.error.fields[0]?.message ?? save.error.message}
        </Text>
      )}
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => setChoices(choicesOf(PROGRESS_COLUMNS))} data-testid="columns-reset">
          {t('progressOutput.columns.reset')}
        </Button>
        <Group gap="xs">
          <Button variant="default" onClick={onDone}>
            {t('progressOutput.columns.cancel')}
          </Button>
          <Button disabled={chosen.length === 0} loading={save.isPending} onClick={submit} data-testid="columns-save">
            {t('progressOutput.columns.save')}
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
