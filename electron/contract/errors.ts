/** Stable error codes; messages for each live in ./messages. */
export const ERROR_CODES = [
  'invalid_input',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'duplicate',
  'unknown_method',
  'bad_credentials',
  'too_many_attempts',
  'setup_done',
  'invalid_transition',
  'in_use',
  'db_locked',
  'password_change_required',
  'preview_stale',
  'import_changed',
  'import_undone',
  'backup_unusable',
  'backup_too_new',
  'backup_not_found',
  'package_invalid',
  'package_changed',
  'package_too_new',
  'package_not_fresh',
  'package_failed',
  'import_changed_since',
  'import_has_records',
  'import_nothing_new',
  'import_batch_used',
  'import_placement_followed_up',
  'batch_locked',
  'batch_step',
  'same_person',
  'notice_pending',
  'hardship_decided',
  'same_requester',
  'unavailable',
  'interrupted',
  'host_unreachable',
  'host_certificate_changed',
  'host_not_office',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The plain values a message was made from, for a client that does more than show the text: the
 * id of the student who already has a 身份证号 (to link to them), the ISO time of a conflicting save
 * (to show it in the page's own time zone).
 */
export type ErrorParams = Record<string, string | number>;

export interface FieldError {
  field: string;
  message: string;
  params?: ErrorParams;
}

/** What every transport returns when a call fails. `field` names the first field at fault. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  params?: ErrorParams;
  field?: string;
  fields?: FieldError[];
}

export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody };

export interface RpcRequest {
  method: string;
  input: unknown;
  locale?: string;
}
