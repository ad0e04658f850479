/**
 * Full-width forms (０-９, Ａ-Ｚ, －, the ideographic space) as their ASCII counterparts: a Chinese IME
 * in full-width mode types １３８… into a phone field, and people cannot see the difference.
 * Only U+FF01–FF5E and U+3000 change, unlike String.normalize('NFKC'), which would also turn ① into 1
 * or ㈠ into (一) in fields where that is not what was meant.
 */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => (c === '\u3000' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
