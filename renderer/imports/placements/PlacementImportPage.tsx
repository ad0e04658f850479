import { Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLACEMENT_IMPORT_FIELDS, type PlacementImportPreview } from '../../../electron/contract/importPlacements';
import { ImportHistory } from '../history/ImportHistory';
import { ImportWizard } from '../wizard/ImportWizard';
import type { ImportSpec } from '../wizard/spec';
import { MissingCompanies } from './MissingCompanies';

const SPEC: ImportSpec = {
  kind: 'placements',
  fields: PLACEMENT_IMPORT_FIELDS,
  preview: 'imports.previewPlacements',
  run: 'imports.importPlacements',
  template: 'placements',
  doneLink: '/placements/outcomes',
};

/** 导入毕业生就业去向: graduates found by 身份证号, their placements recorded or brought up to date, employers matched to 企业名录. */
export function PlacementImportPage() {
  const { t } = useTranslation('imports');
  const [createMissing, setCreateMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => ({ createMissing }), [createMissing]);

  return (
    <Stack gap="md" data-testid="placement-import">
      <Title order={2}>{t('kinds.placements.title')}</Title>
      <ImportWizard<PlacementImportPreview>
        spec={SPEC}
        options={options}
        onActive={(on) => {
          setBusy(on);
          if (!on) setCreateMissing(false);
        }}
        aside={(preview, checking) =>
          (preview.missingCompanies.length > 0 || createMissing) && (
            <MissingCompanies names={preview.missingCompanies} create={createMissing} onCreate={setCreateMissing} busy={checking} />
          )
        }
        confirmNotes={({ missingCompanies: missing }) => (createMissing && missing.length ? [t('placements.creating', { count: missing.length })] : [])}
      />
      {!busy && <ImportHistory kind="placements" />}
    </Stack>
  );
}
