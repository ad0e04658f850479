import { Stack, Stepper } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { findHeaderRow, type ImportMapping } from '../../../electron/contract/importHeaders';
import type { ImportDone } from '../../../electron/contract/importRows';
import type { Book } from '../read/readBook';
import { offeredSheets } from '../sheet/columns';
import { ColumnsStep } from './ColumnsStep';
import { DonePanel } from './DonePanel';
import { FileStep } from './FileStep';
import { mappingFor } from './mapping';
import { PreviewStep } from './PreviewStep';
import { SheetStep } from './SheetStep';
import type { AnyImportField, AnyPreview, ImportSpec, SheetInput } from './spec';

const STEPS = ['file', 'sheet', 'columns', 'preview'] as const;

/** Where the user is: each step keeps what the ones before it chose, so going back loses nothing. */
interface Picked {
  fileName: string;
  book: Book;
  sheet: number | null;
  /** null: no row names enough fields, the user picks one */
  headerRow: number | null;
  mapping: ImportMapping<AnyImportField>;
  /** the mapping came from the user's last import of these headers */
  recalled: boolean;
  /** what the preview checks and the import writes, made when the columns are confirmed */
  input: SheetInput | null;
}

interface Props<P extends AnyPreview> {
  spec: ImportSpec;
  /** the kind's own choices sent with the sheet (the policy paid, the mode); a change checks the sheet again */
  options: object;
  /** told when the user starts over or finishes, so the kind's choices are locked only while a file is under way */
  onActive?: (busy: boolean) => void;
  aside?: (preview: P, busy: boolean) => ReactNode;
  confirmNotes?: (preview: P) => string[];
}

/**
 * A workbook brought in: a file, its sheet, its columns, a preview of what each record would do,
 * the import. The file is read in a worker and the records checked by the backend, so the page
 * only ever draws a page of 100 rows however long the file. Every kind of import goes this way.
 */
export function ImportWizard<P extends AnyPreview>({ spec, options, onActive, aside, confirmNotes }: Props<P>) {
  const { t } = useTranslation('imports');
  const [active, setStep] = useState(0);
  const [picked, setPicked] = useState<Picked | null>(null);
  const [done, setDone] = useState<ImportDone | null>(null);

  const setActive = (step: number) => {
    setStep(step);
    onActive?.(step > 0);
  };
  const update = (change: Partial<Picked>) => setPicked((p) => (p ? { ...p, ...change } : p));

  const chooseSheet = (book: Book, fileName: string, sheet: number) => {
    const rows = book.sheets[sheet].rows;
    const found = findHeaderRow(spec.fields, rows);
    const headerRow = found?.row ?? null;
    const { mapping, recalled } = headerRow === null ? { mapping: {}, recalled: false } : mappingFor(spec.kind, spec.fields, rows, headerRow);
    setPicked({ fileName, book, sheet, headerRow, mapping, recalled, input: null });
    setActive(2);
  };

  const onBook = (fileName: string, book: Book) => {
    const offered = offeredSheets(book.sheets);
    if (offered.length === 1) return chooseSheet(book, fileName, offered[0]);
    setPicked({ fileName, book, sheet: null, headerRow: null, mapping: {}, recalled: false, input: null });
    setActive(1);
  };

  const finish = (result: ImportDone) => {
    setDone(result);
    onActive?.(false);
  };
  const restart = () => {
    setPicked(null);
    setDone(null);
    setActive(0);
  };

  const sheet = picked?.sheet != null ? picked.book.sheets[picked.sheet] : null;
  return (
    <Stack gap="md">
      <Stepper active={done ? STEPS.length : active} onStepClick={(step) => step < active && !done && setActive(step)} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('steps.file')} description={picked?.fileName} data-testid="step-file">
          <FileStep template={spec.template} onBook={onBook} />
        </Stepper.Step>
        <Stepper.Step label={t('steps.sheet')} description={sheet?.name} data-testid="step-sheet">
          {picked && (
            <SheetStep book={picked.book} fileName={picked.fileName} onPick={(index) => chooseSheet(picked.book, picked.fileName, index)} onBack={() => setActive(0)} />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.columns')} data-testid="step-columns">
          {picked && sheet && (
            <ColumnsStep
              spec={spec}
              fileName={picked.fileName}
              sheet={sheet}
              date1904={picked.book.date1904}
              headerRow={picked.headerRow}
              mapping={picked.mapping}
              recalled={picked.recalled}
              onChange={update}
              onBack={() => setActive(offeredSheets(picked.book.sheets).length === 1 ? 0 : 1)}
              onNext={(input) => {
                update({ input });
                setActive(3);
              }}
            />
          )}
        </Stepper.Step>
        <Stepper.Step label={t('steps.preview')} data-testid="step-preview">
          {picked?.input && sheet && picked.headerRow !== null && (
            <PreviewStep<P>
              spec={spec}
              input={picked.input}
              options={options}
              rows={sheet.rows}
              headerRow={picked.headerRow}
              onBack={() => setActive(2)}
              onDone={finish}
              aside={aside}
              confirmNotes={confirmNotes}
            />
          )}
        </Stepper.Step>
        <Stepper.Completed>{done && <DonePanel spec={spec} done={done} onAnother={restart} />}</Stepper.Completed>
      </Stepper>
    </Stack>
  );
}
