import { Anchor, Group } from '@mantine/core';
import { IconPackageImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PackageRestoreModal } from '../settings/backups/PackageRestoreModal';

/** The first-run page's other way in: the office moved from an old PC brings its data, settings and accounts in a package. */
export function RestorePackageLink() {
  const { t } = useTranslation('dataPackage');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Group gap={6} justify="center">
        <IconPackageImport size={16} />
        <Anchor component="button" type="button" size="sm" onClick={() => setOpen(true)} data-testid="setup-restore-package">
          {t('setupLink')}
        </Anchor>
      </Group>
      {open && <PackageRestoreModal atSetup onClose={() => setOpen(false)} />}
    </>
  );
}
