import { useCallback, useEffect, useRef, useState } from 'react';
import type { BookMessage, BookRequest } from './book.worker';
import type { ReadResult, ReadStage } from './readBook';

export interface ReadBook {
  /**
   * The file's cells, or why it cannot be imported. Rejects only when reading in place fails too, or
   * with an AbortError when another file is read before this one is done or the page closes.
   */
  read(file: File): Promise<ReadResult>;
  busy: boolean;
  /** null when idle; 'reading' while the file is loaded and sniffed, 'parsing' while SheetJS works */
  stage: ReadStage | null;
}

/**
 * Reads a picked or dropped file in a worker of its own, ended once it has answered (so SheetJS's
 * memory goes with it). Where there are no workers (unit tests), or the worker cannot start, it reads in place.
 */
export function useReadBook(): ReadBook {
  const [stage, setStage] = useState<ReadStage | null>(null);
  // The read under way: only it may set the stage, and a newer one (or closing the page) ends it.
  const current = useRef<{ cancel: () => void } | null>(null);

  useEffect(() => () => current.current?.cancel(), []);

  const read = useCallback(async (file: File): Promise<ReadResult> => {
    current.current?.cancel();
    let worker: Worker | null = null;
    let abort: (e: Error) => void = () => {};
    const job = {
      cancel: () => {
        worker?.terminate();
        abort(new DOMException('another read started', 'AbortError'));
      },
    };
    current.current = job;
    const report = (s: ReadStage | null) => current.current === job && setStage(s);
    report('reading');
    try {
      const bytes = await new Promise<ArrayBuffer>((resolve, reject) => {
        abort = reject;
        file.arrayBuffer().then(resolve, reject);
      });
      // Loaded only here, so SheetJS is in the worker's bundle and not also in the page's.
      const inPlace = async (data: ArrayBuffer) => {
        const result = (await import('./readBook')).readBook(new Uint8Array(data), file.name, report);
        if (current.current !== job) throw new DOMException('another read started', 'AbortError');
        return result;
      };
      if (typeof Worker === 'undefined') return await inPlace(bytes);
      const answer = await new Promise<ReadResult | null>((resolve, reject) => {
        abort = reject;
        try {
          worker = new Worker(new URL('./book.worker.ts', import.meta.url), { type: 'module' });
        } catch {
          resolve(null);
          return;
        }
        worker.onmessage = ({ data }: MessageEvent<BookMessage>) => {
          if (data.type === 'progress') report(data.stage);
          else resolve(data.result);
        };
        // Electron loads the page from file://, where a module worker may not start at all: it errors
        // without having answered, and the page reads the file itself (the page pauses, the import works).
        worker.onerror = (event) => {
          event.preventDefault();
          resolve(null);
        };
        const request: BookRequest = { bytes, fileName: file.name };
        // Handed over, not copied: a 20 MB file is not held twice.
        worker.postMessage(request, [bytes]);
      });
      if (answer) return answer;
      (worker as Worker | null)?.terminate();
      report('reading');
      // The bytes went to the worker with the message; they are read again.
      return await inPlace(await file.arrayBuffer());
    } finally {
      (worker as Worker | null)?.terminate();
      report(null);
      if (current.current === job) current.current = null;
    }
  }, []);

  return { read, busy: stage !== null, stage };
}
