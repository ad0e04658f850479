import { dateCell, digitsCell, idNumberCell, textCell, yuanCell, type CellProblem, type CellResult, type ImportCell } from '../../contract/importCells';
import type { MessageKey } from '../../contract/messages';
import { choose, type ChoiceField } from './choices';
import type { Issue } from './rows';

/** How a column's cells are read: a value, a cell that cannot be taken, or a word that is none of a coded field's choices. */
export type Reader = (cell: ImportCell, date1904: boolean) => CellResult<string | number | boolean | null> | { ok: false; choice: ChoiceField; word: string };

export const text: Reader = (cell) => textCell(cell);
export const digits: Reader = (cell) => digitsCell(cell);
export const idNumber: Reader = (cell) => idNumberCell(cell);
export const date: Reader = (cell, date1904) => dateCell(cell, { date1904 });
/** a day, or a month where the office wrote only the month (入学 201909 is the first) */
export const dayOrMonth: Reader = (cell, date1904) => dateCell(cell, { date1904, monthWillDo: true });
export const month: Reader = (cell, date1904) => {
  const read = dateCell(cell, { date1904, monthWillDo: true });
  return read.ok && read.value ? { ok: true, value: read.value.slice(0, 7) } : read;
};
/** an amount in yuan as written (1,500.00, ¥1500, 1500元), as fen */
export const fen: Reader = (cell) => yuanCell(cell);
export const choice =
  (field: ChoiceField): Reader =>
  (cell) => {
    const word = textCell(cell);
    if (!word.ok || word.value === '') return word;
    const value = choose(field, word.value);
    return value === undefined ? { ok: false, choice: field, word: word.value } : { ok: true, value: value as string | boolean };
  };

const cellIssue = <F extends string>(field: F, problem: CellProblem): Issue<F> =>
  problem.code === 'import_number' ? { field, key: problem.code, params: { value: problem.value } } : { field, key: problem.code };

/** A record's filled cells read by their columns' readers (a blank cell is no value: it changes nothing), and what could not be. */
export function readCells<F extends string, V>(cells: Partial<Record<F, ImportCell>>, readers: Record<F, Reader>, date1904: boolean): { values: V; issues: Issue<F>[] } {
  const values: Record<string, unknown> = {};
  const issues: Issue<F>[] = [];
  for (const [field, cell] of Object.entries(cells) as [F, ImportCell][]) {
    const read = readers[field](cell, date1904);
    if ('choice' in read) issues.push({ field, key: 'import_choice', params: { value: read.word, choices: { key: `import_choices_${read.choice}` as MessageKey } } });
    else if (!read.ok) issues.push(cellIssue(field, read.problem));
    else if (read.value !== null && read.value !== '') values[field] = read.value;
  }
  return { values: values as V, issues };
}
