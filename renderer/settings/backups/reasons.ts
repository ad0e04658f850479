import type { TFunction } from 'i18next';
import i18next from 'i18next';

const NAMED = ['daily', 'manual', 'before-import', 'before-undo-import', 'before-restore'] as const;

/** Why a backup was taken, in words: a migration's backup is named by its journal time (before-1733000000000). */
export function reasonLabel(t: TFunction<'settings'>, why: string): string {
  if ((NAMED as readonly string[]).includes(why)) return t(`backups.reason.${why as (typeof NAMED)[number]}`);
  if (why === 'before-package') return i18next.t('dataPackage:backupReason');
  return /^before-\d+$/.test(why) ? t('backups.reason.upgrade') : why;
}
