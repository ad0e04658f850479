import { Group, SegmentedControl, Stack, Stepper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findHeaderRow } from '../../../electron/contract/importHeaders';
import { STUDENT_IMPORT_FIELDS, type ImportDone } from '../../../electron/contract/importStudents';
import type { Book } from '../read/readBook';
import { offeredSheets } from '../sheet/columns';
import { ImportHistory } from '../history/ImportHistory';
import { ColumnsStep } from './ColumnsStep';
import { DonePanel } from './DonePanel';
import { FileStep } from './FileStep';
import { mappingFor, type Mapping } from './mapping';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import type { SheetInput } from './useStudentPreview';

const STEPS = ['file', 'sheet', 'columns', 'preview'] as const;

/** Where the user is: each step keeps what the ones before it chose, so going back loses nothing. */
interface Picked {
  fileName: string;
  book: Book;
  sheet: number | null;
  /** null: no row names enough fields, the user picks one */
  headerRow: number | null;
  mapping: Mapping;
  /** the mapping came from the user's last import of these headers */
  recalled: boolean;
  /** what the preview checks and the import writes, made when the columns are confirmed */
  input: SheetInput | null;
}

/**
 * 导入学生名单: a file, its sheet, its columns, a preview of what each record would do, the import.
 * The file is read in a worker and the records checked by the backend, so the page only ever
 * draws a page of 100 rows however long the file.
 */
export function StudentImportPage() {
  const { t } = useTranslation('imports');
  const [active, setActive] = useState(0);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);
  const [updateOnly, setUpdateOnly] = useState(false);

  const update = (change: Partial<Picked>) => setPicked((p) => (p ? { ...p, ...change } : p));

  const chooseSheet = (book: Book, fileName: string, sheet: number) => {
    const rows = book.sheets[sheet].rows;
    const found = findHeaderRow(STUDENT_IMPORT_FIELDS, rows);
    const headerRow = found?.row ?? null;
    const { mapping, recalled } = headerRow === null ? { mapping: {}, recalled: false } : mappingFor(rows, headerRow);
    setPicked({ fileName, book, sheet, headerRow, mapping, recalled, input: null });
    setActive(2);
  };

  const onBook = (fileName: string, book: Book) => {
    const offered = offeredSheets(book.sheets);
    if (offered.length === 1) return chooseSheet(book, fileName, offered[0]);
    setPicked({ fileName, book, sheet: null, headerRow: null, mapping: {}, recalled: false, input: null });
    setActive(1);
  };

  const restart = () => {
    setPicked(null);
    setDone(null);
    setActive(0);
  };

  const sheet = picked?.sheet != null ? picked.book.sheets[picked.sheet] : null;
  return (
    <Stack gap="md" data-testid="student-import">
      <Title order={2}>{t('title')}</Title>
      <Group gap="sm">
        <SegmentedControl
          value={updateOnly ? 'updateOnly' : 'all'}
          onChange={(v) => setUpdateOnly(v === 'updateOnly')}
          disabled={active > 0 && !done}
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
      <Stepper active={done ? STEPS.length : active} onStepClick={(step) => step < active && !done && setActive(step)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('steps.file')} description={picked?.fileName} data-testid="step-file">
          <FileStep onBook={onBook} />
        </Stepper.Step>
        <Stepper.Step label={t('steps.sheet')} description={sheet?.name} data-testid="step-sheet">
          {picked && (
            <SheetStep book={picked.book} fileName={picked.fileName} onPick={(index) => chooseSheet(picked.book, picked.fileName, index)} onBack={() => setActive(0)} />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.columns')} data-testid="step-columns">
          {picked && sheet && (
            <ColumnsStep
              fileName={picked.fileName}
              sheet={sheet}
              date1904={picked.book.date1904}
              headerRow={picked.headerRow}
              mapping={picked.mapping}
              recalled={picked.recalled}
              updateOnly={updateOnly}
              onChange={update}
              onBack={() => setActive(offeredSheets(picked.book.sheets).length === 1 ? 0 : 1)}
              onNext={(input) => {
                update({ input: { ...input, updateOnly } });
                setActive(3);
              }}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.preview')} data-testid="step-preview">
          {picked?.input && sheet && picked.headerRow !== null && (
            <PreviewStep input={picked.input} rows={sheet.rows} headerRow={picked.headerRow} onBack={() => setActive(2)} onDone={setDone} />
          )}
        </Stepper.Step>
        <Stepper.Completed>{done && <DonePanel done={done} onAnother={restart} />}</Stepper.Completed>
      </Stepper>
      {(active === 0 || done) && <ImportHistory />}
    </Stack>
  );
}
