import { sql } from 'drizzle-orm';
import { imports } from '../../../db/schema';
import type { BackendArea } from '../area';
import { historyHandlers } from './history';
import { studentImportHandlers } from './students/handlers';
import { templateHandlers } from './template/handlers';

/** 导入: the office's workbooks brought into the register, and the templates to fill for it. */
export const importsArea: BackendArea<keyof typeof templateHandlers | keyof typeof studentImportHandlers | keyof typeof historyHandlers> = {
  handlers: { ...templateHandlers, ...studentImportHandlers, ...historyHandlers },
  // 学生名单.xlsx
  auditEntities: { import: (id) => sql`SELECT ${imports.fileName} FROM ${imports} WHERE ${imports.id} = ${id}` },
};
