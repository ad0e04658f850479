import { Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDENT_IMPORT_FIELDS, type StudentImportPreview } from '../../../electron/contract/importStudents';
import { ImportHistory } from '../history/ImportHistory';
import { ImportWizard } from '../wizard/ImportWizard';
import type { ImportSpec } from '../wizard/spec';
import { anyMissing, MissingGroups } from './MissingGroups';

const SPEC: ImportSpec = {
  kind: 'students',
  fields: STUDENT_IMPORT_FIELDS,
  preview: 'imports.previewStudents',
  run: 'imports.importStudents',
  template: 'students',
  doneLink: '/students',
};

/** Updating only needs the 身份证号 to find each student by; the rest is what the file has. */
const UPDATE_ONLY: ImportSpec = { ...SPEC, needed: ['idNumber'], template: 'bankAccounts' };

/**
 * 导入学生名单: new students and changes to those in the register, or (只更新已在册的学生) only
 * changes, such as bank accounts and phones collected later.
 */
export function StudentImportPage() {
  const { t } = useTranslation('imports');
  const [updateOnly, setUpdateOnly] = useState(false);
  const [createMissing, setCreateMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const options = useMemo(() => ({ updateOnly, createMissing }), [updateOnly, createMissing]);

  return (
    <Stack gap="md" data-testid="student-import">
      <Title order={2}>{t('kinds.students.title')}</Title>
      <Group gap="sm">
        <SegmentedControl
          value={updateOnly ? 'updateOnly' : 'all'}
          onChange={(v) => setUpdateOnly(v === 'updateOnly')}
          disabled={busy}
          data={[
            { value: 'all', label: t('mode.all') },
            { value: 'updateOnly', label: t('mode.updateOnly') },
          ]}
          data-testid="import-mode"
        />
        {updateOnly && (
          <Text size="sm" c="dimmed" maw={640}>
            {t('mode.updateOnlyHint')}
          </Text>
        )}
      </Group>
      <ImportWizard<StudentImportPreview>
        spec={updateOnly ? UPDATE_ONLY : SPEC}
        options={options}
        onActive={(on) => {
          setBusy(on);
          if (!on) setCreateMissing(false);
        }}
        aside={(preview, checking) =>
          (anyMissing(preview.missing) || createMissing) && <MissingGroups missing={preview.missing} create={createMissing} onCreate={setCreateMissing} busy={checking} />
        }
        confirmNotes={(preview) => (createMissing && anyMissing(preview.missing) ? [t('confirm.creating')] : [])}
      />
      {!busy && <ImportHistory kind="students" />}
    </Stack>
  );
}
