import type { TFunction } from 'i18next';
import { yuan } from '../../format';
import i18next, { currentLocale } from '../../i18n';
import { ACADEMIC_MONTHS, monthName } from '../general/academicMonths';
import { ROLES } from '../../../electron/contract/roles';
import { LABELS } from '../../../electron/contract/labels';
import { PROJECT_MODELS } from '../../../electron/contract/org';
import type { AuditedRecord } from '../../area';
import { AREAS } from '../../areas';
import type { AuditEntry } from '../../../electron/contract/audit';
import { printAuditValue } from '../../reports/auditText';

/** What the audit log records, as labels.ts names them; anything else (a newer release's) is shown by its code. */
export const AUDIT_ENTITIES = Object.keys(LABELS.auditEntity) as (keyof typeof LABELS.auditEntity)[];
const AUDIT_ACTIONS = Object.keys(LABELS.auditAction) as (keyof typeof LABELS.auditAction)[];

/** Each area's kinds of record: where each is shown and whose texts label its fields. */
const RECORDS: Partial<Record<string, AuditedRecord>> = Object.assign({}, ...AREAS.map((a) => ('auditRecords' in a ? a.auditRecords : {})));
const NAMESPACES = [...new Set(Object.values(RECORDS).map((r) => r!.texts))];

const isOneOf = <T extends string>(list: readonly T[], v: unknown): v is T => (list as readonly unknown[]).includes(v);

export function entityLabel(t: TFunction<'settings'>, entity: string): string {
  return isOneOf(AUDIT_ENTITIES, entity) ? t(`audit.entity.${entity}`) : entity;
}

export function actionLabel(t: TFunction<'settings'>, action: string): string {
  return isOneOf(AUDIT_ACTIONS, action) ? t(`audit.actions.${action}`) : action;
}

/** Bookkeeping columns that say nothing about what the user changed. */
const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'lastLoginAt', 'studentCount']);

export interface Change {
  key: string;
  before: unknown;
  after: unknown;
  /** created: only `after`; deleted: only `before` */
  kind: 'changed' | 'added' | 'removed';
}

/** The fields of one audit record worth showing, in record order. A `fooId` next to its `fooName` (`fooIds`, `fooNames`) is left out. */
export function changesOf(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Change[] {
  const b = before ?? {};
  const a = after ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return keys
    .filter((k) => !HIDDEN.has(k) && !(/Ids?$/.test(k) && keys.includes(k.replace(/Id(s?)$/, 'Name$1'))))
    .map((key) => ({
      key,
      before: b[key],
      after: a[key],
      kind: !(key in b) ? 'added' : !(key in a) ? 'removed' : 'changed',
    }));
}

/** A text from the areas' catalogs, the entry's own area first; undefined when none has it. */
function catalogText(entity: string, path: string, namespaces = searchOrder(entity)): string | undefined {
  for (const ns of namespaces) {
    const text: unknown = i18next.getResource(i18next.language, ns, path);
    if (typeof text === 'string') return text;
  }
  return undefined;
}

function searchOrder(entity: string): string[] {
  const own = RECORDS[entity]?.texts;
  return own ? [own, ...NAMESPACES.filter((n) => n !== own)] : NAMESPACES;
}

/**
 * A field's label (a student's `name` is 姓名, a project's 名称), from the entry's own area only:
 * another area's field of the same key means something else (a check-in's date is not a status
 * change's). Keys that only log entries hold (a status change's event, date, reason) are labelled
 * by the audit log itself; its code when nothing knows it.
 */
export function fieldLabel(entity: string, key: string): string {
  const own = RECORDS[entity]?.texts;
  return catalogText(entity, `fields.${key}`, own ? [own] : NAMESPACES) ?? catalogText(entity, `audit.fields.${key}`, ['settings']) ?? key;
}

/**
 * Where the record an entry is about is shown: null once it is deleted, or for kinds without a
 * page. An entry about no one record (the settings) links to its page when that page needs no id.
 */
export function recordLink(entry: Pick<AuditEntry, 'entity' | 'entityId' | 'entityName'>): string | null {
  const page = RECORDS[entry.entity]?.page;
  if (!page) return null;
  if (entry.entityId === null) return page.includes(':id') ? null : page;
  if (entry.entityName === null) return null;
  return page.replace(':id', String(entry.entityId));
}

/** Names of records that audit entries refer to by id, per field (projectId → project names...). */
export type IdNames = Partial<Record<string, Map<number, string>>>;

export interface ValueFormat {
  entity: string;
  t: TFunction<'settings'>;
  tc: TFunction;
  names: IdNames;
}

/** A logged value as the office reads it: names for ids and codes, 是/否, months in school order. */
export function formatValue({ entity, t, tc, names }: ValueFormat, key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('audit.empty');
  const printed = printAuditValue(key, value);
  if (printed !== undefined) return printed;
  if (typeof value === 'boolean') return value ? tc('yes') : tc('no');
  // Money is logged in fen (amountFen, totalFen…): shown in yuan, as everywhere else.
  if (typeof value === 'number' && key.endsWith('Fen')) return yuan(value);
  if (typeof value === 'number' && names[key]?.has(value)) return names[key].get(value)!;
  if (key === 'inSchoolMonths' && Array.isArray(value)) {
    return ACADEMIC_MONTHS.filter((m) => value.includes(m))
      .map((m) => monthName(m, currentLocale()))
      .join('、');
  }
  if (Array.isArray(value)) return value.join('、');
  if (key === 'role' && isOneOf(ROLES, value)) return tc(`role.${value}`);
  if (key === 'model' && isOneOf(PROJECT_MODELS, value)) return t(`projectModel.${value}`);
  if (typeof value === 'object') return JSON.stringify(value);
  // Enumerated fields hold codes ('M', 'enrolled'); the catalogs name them under the field's key.
  return catalogText(entity, `${key}.${String(value)}`) ?? String(value);
}
