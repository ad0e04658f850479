import type { ImportCell } from '../../../contract/importCells';
import type { DisbursementImportField } from '../../../contract/importDisbursements';
import { fen, idNumber, readCells, text, type Reader } from '../cells';

/** A line's cells as values: only the cells the sheet filled. */
export interface ReadValues {
  name?: string;
  idNumber?: string;
  /** fen */
  amount?: number;
  notes?: string;
}

const READERS: Record<DisbursementImportField, Reader> = { name: text, idNumber, amount: fen, notes: text };

/** A line's filled cells read, and what could not be. */
export const readDisbursementCells = (cells: Partial<Record<DisbursementImportField, ImportCell>>, date1904: boolean) =>
  readCells<DisbursementImportField, ReadValues>(cells, READERS, date1904);
