import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { allowanceBatches } from './allowances';
import { placements } from './placements';
import { students } from './students';
import { users } from './users';

/** One import of a workbook: which file, by whom, what it did; undone as a whole while its students are as it left them. */
export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** 'students' | 'placements' | 'disbursements' (IMPORT_KINDS in electron/contract/imports.ts) */
  kind: text('kind').notNull(),
  fileName: text('file_name').notNull(),
  sheetName: text('sheet_name').notNull(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
  createdAt: text('created_at').notNull(),
  created: integer('created').notNull(),
  updated: integer('updated').notNull(),
  unchanged: integer('unchanged').notNull(),
  skipped: integer('skipped').notNull(),
  /** the backup taken just before, to go back to by hand if all else fails */
  backupFile: text('backup_file'),
  /** a 发放表's paid batch: undoing the import removes it */
  batchId: integer('batch_id').references(() => allowanceBatches.id, { onDelete: 'set null' }),
  undoneAt: text('undone_at'),
  undoneBy: integer('undone_by').references(() => users.id, { onDelete: 'restrict' }),
});

/** Each student an import created or changed, with the fields as they were before an update (JSON), so it can be undone. */
export const importedStudents = sqliteTable(
  'imported_students',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'restrict' }),
    // Undoing an import deletes the students it created; their rows go with them (the import keeps its counts).
    studentId: integer('student_id')
      .notNull()
      .references(() => students.id, { onDelete: 'cascade' }),
    /** 'create' | 'update' */
    action: text('action').notNull(),
    before: text('before'),
    /** the student's version the import left: undo is refused once someone has changed it since */
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.studentId] })],
);

/** Each placement an import recorded or changed, with its fields before an update (JSON), so it can be undone. */
export const importedPlacements = sqliteTable(
  'imported_placements',
  {
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'restrict' }),
    placementId: integer('placement_id')
      .notNull()
      .references(() => placements.id, { onDelete: 'cascade' }),
    /** 'create' | 'update' */
    action: text('action').notNull(),
    before: text('before'),
    /** the placement's version the import left: undo is refused once someone has changed it since */
    version: integer('version').notNull(),
  },
  (t) => [primaryKey({ columns: [t.importId, t.placementId] })],
);
