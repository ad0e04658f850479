import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import type { AuditEntry } from '../../contract/audit';
import type { AuditNamer } from '../area';
import { template, type UiText } from '../export/catalog';

/** Bookkeeping fields that say nothing about what the user changed (as the log's page leaves them out, see its auditLabels.ts). */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'lastLoginAt', 'studentCount']);

/** Fields that hold another record's id, and the kind of record: the file names it. */
const ID_FIELDS: Record<string, string> = {
  projectId: 'project',
  cohortId: 'cohort',
  majorId: 'major',
  classId: 'class',
  counsellorId: 'user',
  headTeacherId: 'user',
  userId: 'user',
};

type Catalog = Record<string, unknown>;
const lookup = (catalog: Catalog, path: string): unknown =>
  path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Catalog)[key] : undefined), catalog);

/**
 * An entry's changes in one cell, as the log's page lists them: 学籍状态：在读 → 休学；班级：24汽修1班.
 * Labels and coded values come from the screens' catalogs, ids are named as the log names records.
 * Each is looked up once per export: a long log repeats the same few thousand times.
 */
export function changesWriter(db: Db, ui: UiText, namers: Record<string, AuditNamer>) {
  const looked = new Map<string, unknown>();
  const once = <T>(key: string, find: () => T): T => {
    if (!looked.has(key)) looked.set(key, find());
    return looked.get(key) as T;
  };
  const catalogsFor = (entity: string): Catalog[] => (entity === 'student' ? [ui.students, ui.settings] : [ui.settings, ui.students]);
  /** where a field's codes are named, when it holds codes (gender M/F, status enrolled…) */
  const SPECIAL_CODES: Record<string, () => unknown> = {
    entity: () => ui.settings.audit.entity,
    role: () => ui.common.role,
    model: () => ui.settings.projectModel,
  };
  const label = (entity: string, key: string) =>
    once(`label ${entity} ${key}`, () => {
      // The entry's own area first: a student's `name` is 姓名, a project's 名称.
      const found = catalogsFor(entity).flatMap((c) => [lookup(c, `fields.${key}`), lookup(c, `audit.fields.${key}`)]);
      return (found.find((t) => typeof t === 'string') as string | undefined) ?? key;
    });
  const codes = (entity: string, key: string) =>
    once(`codes ${entity} ${key}`, () => {
      const table = SPECIAL_CODES[key]?.() ?? catalogsFor(entity).map((c) => c[key]).find((t) => t && typeof t === 'object');
      return table as Record<string, string> | undefined;
    });
  const nameOf = (kind: string, id: number) =>
    once(`name ${kind} ${id}`, () => {
      const namer = namers[kind];
      return (namer && db.get<{ name: string | null }>(sql`SELECT (${namer(sql`${id}`)}) AS name`)?.name) || `#${id}`;
    });
  const value = (entity: string, key: string, v: unknown): string => {
    if (v === null || v === undefined || v === '') return ui.settings.audit.empty;
    if (typeof v === 'boolean') return v ? ui.common.yes : ui.common.no;
    if (typeof v === 'number' && ID_FIELDS[key]) return nameOf(ID_FIELDS[key], v);
    if (Array.isArray(v)) return v.join(ui.export.changes.list);
    if (typeof v === 'object') return JSON.stringify(v);
    const table = codes(entity, key);
    return table && Object.hasOwn(table, String(v)) ? String(table[String(v)]) : String(v);
  };
  const set = template(ui.export.changes.set);
  const changed = template(ui.export.changes.changed);

  return ({ entity, before: b, after: a }: Pick<AuditEntry, 'entity' | 'before' | 'after'>): string => {
    const before = b ?? {};
    const after = a ?? {};
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys
      .filter((k) => !HIDDEN.has(k) && !(/Ids?$/.test(k) && keys.includes(k.replace(/Id(s?)$/, 'Name$1'))))
      .map((k) => {
        const field = label(entity, k);
        if (!(k in before)) return set({ field, value: value(entity, k, after[k]) });
        if (!(k in after)) return set({ field, value: value(entity, k, before[k]) });
        return changed({ field, before: value(entity, k, before[k]), after: value(entity, k, after[k]) });
      })
      .join(ui.export.heading.between);
  };
}
