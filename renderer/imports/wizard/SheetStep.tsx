import { Alert, Button, Checkbox, Group, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconEyeOff, IconTable } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Book } from '../read/readBook';
import { offeredSheets } from '../sheet/columns';
import { Tag } from '../../ui/Tag';

/**
 * 选择工作表, when the file has more than one with data. Hidden sheets (the template's 选项, lists
 * behind drop-downs) are offered only when asked, or when they are all there is.
 */
export function SheetStep({ book, fileName, onPick, onBack }: { book: Book; fileName: string; onPick: (index: number) => void; onBack: () => void }) {
  const { t } = useTranslation('imports');
  const visible = offeredSheets(book.sheets);
  const [withHidden, setWithHidden] = useState(visible.length === 0);
  const offered = offeredSheets(book.sheets, withHidden);
  const anyHidden = book.sheets.some((s) => s.hidden && s.rows.length > 0);

  return (
    <Stack gap="sm" mt="md" maw={640}>
      <Text>{t('sheet.intro', { file: fileName })}</Text>
      {offered.length === 0 && <Alert color="orange">{t('sheet.none')}</Alert>}
      {offered.map((index) => {
        const sheet = book.sheets[index];
        return (
          <UnstyledButton key={index} onClick={() => onPick(index)} data-testid="import-sheet">
            <Paper withBorder p="sm" radius="md">
              <Group justify="space-between">
                <Group gap="xs">
                  {sheet.hidden ? <IconEyeOff size={18} /> : <IconTable size={18} />}
                  <Text fw={500}>{sheet.name}</Text>
                  {sheet.hidden && (
                    <Tag color="gray" size="sm">
                      {t('sheet.hidden')}
                    </Tag>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {t('sheet.rows', { count: sheet.rows.length })}
                </Text>
              </Group>
            </Paper>
          </UnstyledButton>
        );
      })}
      {anyHidden && <Checkbox label={t('sheet.showHidden')} checked={withHidden} onChange={(e) => setWithHidden(e.currentTarget.checked)} />}
      <Group>
        <Button variant="default" onClick={onBack}>
          {t('back')}
        </Button>
      </Group>
    </Stack>
  );
}
