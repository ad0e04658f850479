import { eq, sql } from 'drizzle-orm';
import { students } from '../../../db/schema';
import type { BackendArea } from '../area';
import { studentsExportHandlers } from './export';
import { studentsHandlers } from './handlers';
import { backfillNameKeys } from './pinyin';

/** The register of students and their status history. */
export const studentsArea: BackendArea<keyof typeof studentsHandlers | 'students.export'> = {
  handlers: { ...studentsHandlers, ...studentsExportHandlers },
  auditEntities: { student: (id) => sql`SELECT ${students.name} FROM ${students} WHERE ${eq(students.id, id)}` },
  upkeep: (db) => void backfillNameKeys(db),
};
