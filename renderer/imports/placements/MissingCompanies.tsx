import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MissingPanel } from '../wizard/MissingPanel';

/** How many names the panel spells out: a file of a whole class's employers may name hundreds. */
const SHOWN = 30;

/** The employers the file names that 企业名录 lacks, with the choice to add them in the same step. */
export function MissingCompanies({ names, ...choice }: { names: string[]; create: boolean; onCreate: (create: boolean) => void; busy: boolean }) {
  const { t } = useTranslation('imports');
  const listed = names.slice(0, SHOWN).join(t('preview.listJoiner'));
  return (
    <MissingPanel title={t('placements.missingTitle')} intro={t('placements.missingIntro')} createLabel={t('placements.createMissing')} {...choice}>
      <Text size="sm">{names.length > SHOWN ? t('placements.more', { names: listed, count: names.length }) : listed}</Text>
    </MissingPanel>
  );
}
