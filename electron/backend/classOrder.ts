/** Class names as people sort them: by pinyin, and 2班 before 10班 (SQLite orders Chinese by code point). */
const classNames = new Intl.Collator('zh-CN', { numeric: true });

/** Class by class, students without a class last as one group; sort() is stable, so the order within a class stays. */
export const byClass = (a: { className: string | null }, b: { className: string | null }): number =>
  a.className === b.className ? 0 : a.className === null ? 1 : b.className === null ? -1 : classNames.compare(a.className, b.className);

