import type { z } from 'zod';
import type { bulkAction, bulkSelection, BulkChange, BulkRefusal } from '../../contract/bulk';
import { formatMessage, type Locale } from '../../contract/messages';
import type { AuthedCtx, Handlers } from '../rpc/context';
import { AppError } from '../rpc/errors';
import { planFor } from './bulkActions';
import { selectedStudents, type SelectedStudent } from './bulkSelection';

interface Request {
  selection: z.output<typeof bulkSelection>;
  action: z.output<typeof bulkAction>;
}

/** The selection sorted into who the action would change and who it cannot (with why), as the caller reads it. */
function sortOut(ctx: AuthedCtx, { selection, action }: Request) {
  const { found, missing } = selectedStudents(ctx.db, ctx.user, selection);
  const plan = planFor(ctx, action);
  const willChange: BulkChange[] = [];
  const cannotChange: BulkRefusal[] = [];
  const changing: SelectedStudent[] = [];
  for (const s of found) {
    const student = { id: s.id, name: s.name, className: s.className };
    const outcome = plan.check(s);
    if ('key' in outcome) {
      cannotChange.push({ ...student, reason: formatMessage(ctx.locale, outcome.key, outcome.params) });
    } else {
      willChange.push({ ...student, version: s.version, ...outcome });
      changing.push(s);
    }
  }
  for (const id of missing) cannotChange.push({ id, name: `#${id}`, className: null, reason: formatMessage(ctx.locale, 'not_found') });
  return { willChange, cannotChange, changing, found, plan };
}

/** A few names, for a message that cannot list hundreds. */
function someNames(locale: Locale, names: string[]): string {
  const shown = names.slice(0, 5).join(locale === 'en' ? ', ' : '、');
  return names.length > 5 ? `${shown}…` : shown;
}

/**
 * Students whose change would differ from what the preview showed: saved since (another version),
 * no longer changing, or now changing without having been shown. Any of them refuses the whole apply.
 */
function changedSincePreview(expected: { id: number; version: number }[], willChange: BulkChange[], found: SelectedStudent[]): string[] {
  const previewed = new Map(expected.map((e) => [e.id, e.version]));
  const now = new Set(willChange.map((c) => c.id));
  const names = new Map(found.map((s) => [s.id, s.name]));
  return [
    ...willChange.filter((c) => previewed.get(c.id) !== c.version).map((c) => c.name),
    ...expected.filter((e) => !now.has(e.id)).map((e) => names.get(e.id) ?? `#${e.id}`),
  ];
}

export const bulkHandlers: Handlers<'students.bulkPreview' | 'students.bulkApply'> = {
  'students.bulkPreview': (input, ctx) => {
    const { willChange, cannotChange } = sortOut(ctx, input);
    return { willChange, cannotChange };
  },

  'students.bulkApply': ({ expected, ...request }, ctx) => {
    const { willChange, changing, found, plan } = sortOut(ctx, request);
    const stale = changedSincePreview(expected, willChange, found);
    if (stale.length) throw new AppError('preview_stale', { count: stale.length, names: someNames(ctx.locale, stale) });
    for (const s of changing) plan.write(s);
    ctx.audit({
      action: plan.audit.action,
      entity: 'student',
      entityId: null,
      // The ids find the entry again (a later save's conflict names it); the names are what the log shows.
      after: { ...plan.audit.after, count: changing.length, studentNames: changing.map((s) => s.name), studentIds: changing.map((s) => s.id) },
    });
    return { changed: changing.length };
  },
};
