import { mappingOf, type ImportField, type ImportMapping } from '../../../electron/contract/importHeaders';
import type { BookSheet } from '../read/readBook';
import { recallMapping } from '../sheet/mappingMemory';

/**
 * The mapping for a header row: the one last used for these headers, else what the headers name.
 * Mappings are kept per kind of import: the same headers may mean other things in a 发放表.
 */
export function mappingFor<F extends string>(kind: string, fields: readonly ImportField<F>[], rows: BookSheet['rows'], headerRow: number): { mapping: ImportMapping<F>; recalled: boolean } {
  const header = rows[headerRow] ?? [];
  const recalled = recallMapping<F>(localStorage, kind, header);
  return recalled ? { mapping: recalled, recalled: true } : { mapping: mappingOf(fields, header), recalled: false };
}
