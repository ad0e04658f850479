import { formatYuan } from '../../../electron/contract/money';

/** Fen as the pages show money: ¥1,234.50; null stays null. */
export const yuan = <N extends number | null>(fen: N): N extends number ? string : string | null =>
  (fen === null ? null : `¥${formatYuan(fen)}`) as N extends number ? string : string | null;
