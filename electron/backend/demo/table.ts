/** Display cells of a string in a terminal: CJK and full-width characters take two. */
export function displayWidth(s: string): number {
  return [...s].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
}

/** A plain-text table, columns padded to line up; numbers are right-aligned. */
export function formatTable(head: readonly string[], rows: readonly (readonly (string | number)[])[], indent = '  '): string {
  const cells = [head, ...rows].map((r) => r.map(String));
  const widths = head.map((_, i) => Math.max(...cells.map((r) => displayWidth(r[i]))));
  const numeric = head.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  return cells
    .map((r) =>
      indent +
      r
        .map((c, i) => {
          const pad = ' '.repeat(widths[i] - displayWidth(c));
          return numeric[i] ? pad + c : c + pad;
        })
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
