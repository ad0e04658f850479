import { mappingOf, type ImportMapping } from '../../../electron/contract/importHeaders';
import { STUDENT_IMPORT_FIELDS, type StudentImportField } from '../../../electron/contract/importStudents';
import type { BookSheet } from '../read/readBook';
import { recallMapping } from '../sheet/mappingMemory';

export type Mapping = ImportMapping<StudentImportField>;

/** Mappings are kept per kind of import: the same headers may mean other things in a 发放表. */
export const MAPPING_KIND = 'students';

/** The mapping for a header row: the one last used for these headers, else what the headers name. */
export function mappingFor(rows: BookSheet['rows'], headerRow: number): { mapping: Mapping; recalled: boolean } {
  const header = rows[headerRow] ?? [];
  const recalled = recallMapping<StudentImportField>(localStorage, MAPPING_KIND, header);
  return recalled ? { mapping: recalled, recalled: true } : { mapping: mappingOf(STUDENT_IMPORT_FIELDS, header), recalled: false };
}
