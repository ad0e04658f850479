import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, call } from '../../api/client';
import type { AnyPreview, PreviewMethod, SheetInput } from './spec';

export interface Preview<P extends AnyPreview = AnyPreview> {
  data: P | null;
  /** the backend's refusal, in the user's language */
  error: string | null;
  loading: boolean;
  /** checks again: after 同时新建 is ticked, or after an import was refused because a record changed meanwhile */
  rerun(): void;
}

/**
 * The backend's verdict on every record. Not a cached query: its input is the whole sheet (hashing
 * 20,000 rows as a cache key on every render is what would freeze the page), and a stale answer
 * must never show. An answer to an older request (a box ticked twice quickly) is dropped.
 */
export function useImportPreview<P extends AnyPreview>(method: PreviewMethod, input: SheetInput, options: object): Preview<P> {
  const [state, setState] = useState<Omit<Preview<P>, 'rerun'>>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  const latest = useRef(0);
  // The kind's choices are a few values, compared by content: a page need not keep the object the same.
  const chosen = JSON.stringify(options);

  useEffect(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, error: null, loading: true }));
    // A refusal of the sheet itself (too many rows) names its reason at the field: that one is shown.
    const reason = (e: unknown) => (e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    (call(method, { ...input, ...(JSON.parse(chosen) as object) } as never) as Promise<unknown> as Promise<P>).then(
      (data) => request === latest.current && setState({ data, error: null, loading: false }),
      (e: unknown) => request === latest.current && setState({ data: null, error: reason(e), loading: false }),
    );
  }, [method, input, chosen, round]);
  useEffect(() => () => void (latest.current = -1), []);

  const rerun = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, rerun };
}
