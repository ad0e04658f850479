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
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

/** What every transport returns when a call fails. `field` names the first field at fault. */
export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
  field?: string;
  fields?: FieldError[];
}

export type Envelope<R> = { ok: true; result: R } | { ok: false; error: ApiErrorBody };

export interface RpcRequest {
  method: string;
  input: unknown;
  locale?: string;
}
