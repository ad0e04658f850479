/** Rows that come ordered by student, as lists per student (in the rows' order). */
export function byStudent<R extends { studentId: number }, T>(rows: readonly R[], value: (r: R) => T): Map<number, T[]> {
  const found = new Map<number, T[]>();
  for (const r of rows) {
    const list = found.get(r.studentId) ?? [];
    found.set(r.studentId, list);
    list.push(value(r));
  }
  return found;
}
