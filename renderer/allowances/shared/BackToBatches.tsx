import { Anchor, Group } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The way back to the batch list from a batch or a new one. */
export function BackToBatches() {
  const { t } = useTranslation('allowances');
  return (
    <Anchor component={Link} to="/allowances/batches" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} />
        {t('batches.back')}
      </Group>
    </Anchor>
  );
}
