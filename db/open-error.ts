import { DEFAULT_LOCALE, formatMessage, type Locale, type MessageKey } from '../electron/contract/messages';

// A module of its own (re-exported by ./open) so the processes that only relay calls can word a
// refusal the backend host reports without loading the database driver.

export type DbOpenProblem = 'not_a_database' | 'locked' | 'migration_failed' | 'cannot_open' | 'too_new' | 'network_path';

const MESSAGE_KEYS = {
  cannot_open: 'db_cannot_open',
  not_a_database: 'db_not_a_database',
  locked: 'db_locked',
  migration_failed: 'db_migration_failed',
  too_new: 'db_too_new',
  network_path: 'db_network_path',
} as const satisfies Record<DbOpenProblem, MessageKey>;

/** Start-up must stop on this: the message says what is wrong with which file (Chinese; `describe` for another language). */
export class DbOpenError extends Error {
  constructor(
    readonly problem: DbOpenProblem,
    readonly params: { file: string; reason?: string; backup?: string; version?: string; current?: string },
    options?: { cause?: unknown },
  ) {
    super('', options);
    this.name = 'DbOpenError';
    this.message = this.describe(DEFAULT_LOCALE);
  }

  describe(locale: Locale): string {
    const key =
      this.problem === 'migration_failed' && this.params.backup
        ? 'db_migration_failed_backup'
        : this.problem === 'too_new' && !this.params.version
          ? 'db_too_new_unknown'
          : MESSAGE_KEYS[this.problem];
    return formatMessage(locale, key, this.params);
  }
}

