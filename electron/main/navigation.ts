/**
 * Where the app's own pages may go. Plain functions (no electron import) so they are unit-tested.
 * The renderer uses a hash router, so every page of the app is the same file with another hash.
 */

/** True when `target` is the app's index file itself (any hash or query). */
export function isAppPage(target: string | undefined, appIndexUrl: string): boolean {
  const a = parse(target);
  const b = parse(appIndexUrl);
  return !!a && !!b && a.protocol === 'file:' && a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
}

/** Links the shell's browser may open: plain web pages only (no file:, javascript:, custom schemes). */
export function isWebLink(target: string): boolean {
  const url = parse(target);
  return !!url && (url.protocol === 'http:' || url.protocol === 'https:');
}

function parse(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
