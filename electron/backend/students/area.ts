import { eq, sql } from 'drizzle-orm';
import { students } from '../../../db/schema';
import type { BackendArea } from '../area';
import { studentsExportHandlers } from './export';
import { studentsHandlers } from './handlers';
import { overviewHandlers } from './overview';
import { backfillNameKeys } from './pinyin';

/** The register of students and their status history. */
export const studentsArea: BackendArea<keyof typeof studentsHandlers | 'students.export' | keyof typeof overviewHandlers> = {
  handlers: { ...studentsHandlers, ...studentsExportHandlers, ...overviewHandlers },
  auditEntities: { student: (id) => sql`SELECT ${students.name} FROM ${students} WHERE ${eq(students.id, id)}` },
  upkeep: (db) => void backfillNameKeys(db),
};
