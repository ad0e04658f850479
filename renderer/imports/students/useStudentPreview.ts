import { useCallback, useEffect, useRef, useState } from 'react';
import type { InputOf } from '../../../electron/contract';
import type { importStudentsMethods, StudentImportPreview } from '../../../electron/contract/importStudents';
import { ApiError, call } from '../../api/client';

/** The sheet as the preview and the import take it, without the choice to create what is missing. */
export type SheetInput = Omit<InputOf<(typeof importStudentsMethods)['imports.previewStudents']>, 'createMissing'>;

export interface StudentPreview {
  data: StudentImportPreview | null;
  /** the backend's refusal, in the user's language */
  error: string | null;
  loading: boolean;
  /** checks again: after 同时新建 is ticked, or after an import was refused because a student changed meanwhile */
  rerun(): void;
}

/**
 * The backend's verdict on every record. Not a cached query: its input is the whole sheet (hashing
 * 20,000 rows as a cache key on every render is what would freeze the page), and a stale answer
 * must never show. An answer to an older request (the box ticked twice quickly) is dropped.
 */
export function useStudentPreview(input: SheetInput, createMissing: boolean): StudentPreview {
  const [state, setState] = useState<Omit<StudentPreview, 'rerun'>>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);
  const latest = useRef(0);

  useEffect(() => {
    const request = ++latest.current;
    setState((s) => ({ ...s, error: null, loading: true }));
    // A refusal of the sheet itself (too many rows) names its reason at the field: that one is shown.
    const reason = (e: unknown) => (e instanceof ApiError ? (e.fields[0]?.message ?? e.message) : String(e));
    call('imports.previewStudents', { ...input, createMissing }).then(
      (data) => request === latest.current && setState({ data, error: null, loading: false }),
      (e: unknown) => request === latest.current && setState({ data: null, error: reason(e), loading: false }),
    );
  }, [input, createMissing, round]);
  useEffect(() => () => void (latest.current = -1), []);

  const rerun = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, rerun };
}
