import type { InputOf } from '../../../electron/contract';
import type { ImportField } from '../../../electron/contract/importHeaders';
import type { AnyImportField, ImportPreview, ImportRow } from '../../../electron/contract/importRows';
import type { ImportKind, TemplateKind } from '../../../electron/contract/imports';
import type { importDisbursementsMethods } from '../../../electron/contract/importDisbursements';
import type { importPlacementsMethods } from '../../../electron/contract/importPlacements';
import type { importStudentsMethods } from '../../../electron/contract/importStudents';

type KindMethods = typeof importStudentsMethods & typeof importPlacementsMethods & typeof importDisbursementsMethods;

/** The contract's pair of methods for a kind: the preview that writes nothing, and the import. */
export type PreviewMethod = keyof KindMethods & `imports.preview${string}`;
export type RunMethod = keyof KindMethods & `imports.import${string}`;

/** The sheet as every kind's preview and import take it; a kind's own choices (the policy paid, the mode) are added by its page. */
export type SheetInput = Pick<InputOf<(typeof importStudentsMethods)['imports.previewStudents']>, 'fileName' | 'sheetName' | 'headers' | 'date1904' | 'rows'>;

export type { AnyImportField };

export type AnyPreview = ImportPreview<AnyImportField>;
export type AnyRow = ImportRow<AnyImportField>;

/**
 * What the import wizard needs to know of a kind of workbook: its columns, the methods that check
 * and write it, the template to offer, and where the records imported are seen afterwards.
 */
export interface ImportSpec<F extends AnyImportField = AnyImportField> {
  kind: ImportKind;
  fields: readonly ImportField<F>[];
  /** the fields a file must have a column for (by default the required ones) */
  needed?: readonly F[];
  preview: PreviewMethod;
  run: RunMethod;
  template: TemplateKind;
  /** the page listing what was imported, for the done panel's button */
  doneLink: string;
}
