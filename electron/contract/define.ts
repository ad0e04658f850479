import type { z } from 'zod';
import type { Role } from './roles';

type Roles = readonly Role[] | 'public';

/**
 * One API method: its input schema, who may call it, and whether it writes.
 * `Result` is carried only as a type so the renderer and the backend agree on it.
 */
export interface MethodDef<I extends z.ZodType = z.ZodType, Result = unknown, R extends Roles = Roles> {
  input: I;
  /** 'public' = callable before login (first-run setup, login). */
  roles: R;
  /** Writes run in one transaction and must leave at least one audit record. */
  write: boolean;
  /**
   * What a write changes for readers, as method-name prefixes ('students' = every students.* read):
   * the renderer refreshes exactly those cached answers (and the audit log) after it succeeds.
   */
  affects?: readonly string[];
  /** callable by a user who must first replace an administrator-chosen password (status, the change itself, logout) */
  duringPasswordChange?: boolean;
  readonly __result?: Result;
}

/** A read, or a write that must say what it changes (an export that changes nothing says `affects: []`). */
type Access = { write: false } | { write: true; affects: readonly string[] };

export function method<Result>() {
  return <I extends z.ZodType, const R extends Roles>(
    def: { input: I; roles: R; duringPasswordChange?: boolean } & Access,
  ): MethodDef<I, Result, R> => def;
}

export type InputOf<M extends MethodDef> = z.input<M['input']>;
export type ParsedInputOf<M extends MethodDef> = z.output<M['input']>;
export type ResultOf<M extends MethodDef> = M extends MethodDef<z.ZodType, infer R, Roles> ? R : never;
