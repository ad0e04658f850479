import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { yearMonth } from '../../electron/contract/fields';

/** How one value of a list's state is kept in the URL: read back from the text, written as text or left out (null). */
export interface Param<T> {
  read(raw: string | null): T;
  write(value: T): string | null;
}
export type Schema = Record<string, Param<unknown>>;
export type StateOf<S extends Schema> = { [K in keyof S]: S[K] extends Param<infer T> ? T : never };

const positiveInt = (raw: string | null) => {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : null;
};

/** The kinds of values lists keep; a value the URL holds wrongly (hand-edited, an old link) reads as the default. */
export const param = {
  text: (): Param<string> => ({ read: (raw) => raw ?? '', write: (v) => v || null }),
  id: (): Param<number | null> => ({ read: positiveInt, write: (v) => (v === null ? null : String(v)) }),
  page: (): Param<number> => ({ read: (raw) => positiveInt(raw) ?? 1, write: (v) => (v === 1 ? null : String(v)) }),
  yearMonth: (): Param<string | null> => ({ read: (raw) => (yearMonth.safeParse(raw).success ? raw : null), write: (v) => v }),
  isoDate: (): Param<string | null> => ({ read: (raw) => (raw && /^\d{4}-\d{2}-\d{2}$/.test(raw) ? raw : null), write: (v) => v }),
  oneOf: <T extends string>(values: readonly T[]): Param<T | null> => ({ read: (raw) => values.find((v) => v === raw) ?? null, write: (v) => v }),
  /** one of `values`, `fallback` when absent (and then left out of the URL) */
  oneOfOr: <T extends string>(values: readonly T[], fallback: T): Param<T> => ({
    read: (raw) => values.find((v) => v === raw) ?? fallback,
    write: (v) => (v === fallback ? null : v),
  }),
};

export function readUrlState<S extends Schema>(schema: S, params: URLSearchParams): StateOf<S> {
  return Object.fromEntries(Object.entries(schema).map(([key, p]) => [key, p.read(params.get(key))])) as StateOf<S>;
}

/**
 * A list's search, filters, sort and page, kept in the URL: going back from a record returns to
 * the same list, and a link or bookmark opens it as it was. Changing anything but the page goes
 * back to page 1 (the schema's `page`, if it has one). `reset` clears the given keys.
 */
export function useUrlState<S extends Schema>(schema: S) {
  const [params, setParams] = useSearchParams();
  const current = readUrlState(schema, params);
  // The router renders a new URL in a transition; a second change before that render (a quick
  // click after picking a filter) must build on the first, not on the URL last rendered.
  const pending = useRef<URLSearchParams | null>(null);
  useEffect(() => {
    if (pending.current?.toString() === params.toString()) pending.current = null;
  }, [params]);
  const update = (changes: Partial<StateOf<S>>) => {
    const next = new URLSearchParams(pending.current ?? params);
    if (!('page' in changes)) next.delete('page');
    for (const [key, value] of Object.entries(changes)) {
      const text = schema[key]?.write(value);
      if (text === null || text === undefined) next.delete(key);
      else next.set(key, text);
    }
    pending.current = next;
    setParams(next, { replace: true });
  };
  const reset = (keys: readonly (keyof S & string)[]) => update(Object.fromEntries(keys.map((k) => [k, schema[k].read(null)])) as Partial<StateOf<S>>);
  return { current, update, reset, search: params.size ? `?${params}` : '' };
}
