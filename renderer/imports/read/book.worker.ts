import { readBook, type ReadResult, type ReadStage } from './readBook';

/**
 * Reads a workbook off the page's thread: SheetJS takes seconds on a 20,000-row file, and the page
 * must keep drawing its progress meanwhile. Started per file by useReadBook, which ends it after.
 */

export interface BookRequest {
  bytes: ArrayBuffer;
  fileName: string;
}

export type BookMessage = { type: 'progress'; stage: ReadStage } | { type: 'result'; result: ReadResult };

// The renderer's program has the DOM's globals, not a worker's: only what is used here is typed.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<BookRequest>) => void) | null;
  postMessage(message: BookMessage): void;
};

scope.onmessage = ({ data }) => {
  const result = readBook(new Uint8Array(data.bytes), data.fileName, (stage) => scope.postMessage({ type: 'progress', stage }));
  scope.postMessage({ type: 'result', result });
};
