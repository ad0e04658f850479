import type { ImportCell } from '../../../contract/importCells';
import type { PlacementImportField } from '../../../contract/importPlacements';
import type { Destination, Outcome, PlacementInput } from '../../../contract/placements';
import { choice, date, fen, idNumber, readCells, text, type Reader } from '../cells';

/** A record's cells as values: only the cells the sheet filled (a blank cell changes nothing). */
export interface ReadValues {
  name?: string;
  idNumber?: string;
  outcome?: Outcome;
  company?: string;
  industry?: string;
  position?: string;
  province?: string;
  city?: string;
  destination?: Destination;
  relatedToMajor?: boolean;
  startDate?: string;
  /** fen */
  salary?: number;
  contractKind?: NonNullable<PlacementInput['contractKind']>;
  socialInsurance?: boolean;
  channel?: NonNullable<PlacementInput['channel']>;
  notes?: string;
}

/** How each column is read. */
const READERS: Record<PlacementImportField, Reader> = {
  name: text,
  idNumber,
  outcome: choice('outcome'),
  company: text,
  industry: text,
  position: text,
  province: text,
  city: text,
  destination: choice('destination'),
  relatedToMajor: choice('yesNo'),
  startDate: date,
  salary: fen,
  contractKind: choice('contractKind'),
  socialInsurance: choice('yesNo'),
  channel: choice('channel'),
  notes: text,
};

/** A record's filled cells read, and what could not be. */
export const readPlacementCells = (cells: Partial<Record<PlacementImportField, ImportCell>>, date1904: boolean) =>
  readCells<PlacementImportField, ReadValues>(cells, READERS, date1904);
