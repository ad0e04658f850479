import { z } from 'zod';
import type { ProgressRate } from './reporting';

/**
 * The columns of the 进展情况表, in its default order. No official template was found, so which of
 * them the office sends, and in what order, is a setting (issue 14); the page, the print, the
 * xlsx and a frozen submission all follow it.
 */
export const PROGRESS_COLUMNS = [
  'newStudents',
  'newRegistered',
  'inSchool',
  'graduates',
  'employed',
  'furtherStudy',
  'employmentRate',
  'withdrawn',
  'inSchoolAtStart',
  'dropoutRate',
  'trained',
  'trainedRegistered',
  'moneyFen',
] as const;
export type ProgressColumnKey = (typeof PROGRESS_COLUMNS)[number];

/** A chosen set: at least one column, each once. */
export const progressColumnsSchema = z
  .array(z.enum(PROGRESS_COLUMNS))
  .min(1, 'required')
  .refine((keys) => new Set(keys).size === keys.length, 'invalid_value');

/** 口径说明, in order: on the page, under the printed table and on the spreadsheet's last sheet. */
export const PROGRESS_DEFINITIONS = ['period', 'newStudents', 'inSchool', 'graduates', 'dropout', 'trainings', 'money', 'choice'] as const;

export type ProgressGroup = 'students' | 'graduates' | 'dropout' | 'trainings' | 'money';

/** The heading each column stands under. */
export const PROGRESS_COLUMN_GROUP = {
  newStudents: 'students',
  newRegistered: 'students',
  inSchool: 'students',
  graduates: 'graduates',
  employed: 'graduates',
  furtherStudy: 'graduates',
  employmentRate: 'graduates',
  withdrawn: 'dropout',
  inSchoolAtStart: 'dropout',
  dropoutRate: 'dropout',
  trained: 'trainings',
  trainedRegistered: 'trainings',
  moneyFen: 'money',
} as const satisfies Record<ProgressColumnKey, ProgressGroup>;

/** A column is a figure of the report's rows, or one of the two rates made of two figures. */
export const isRateColumn = (key: ProgressColumnKey): key is ProgressColumnKey & ProgressRate => key === 'employmentRate' || key === 'dropoutRate';

/**
 * The group headings over chosen columns: one over each run of neighbours under the same heading,
 * so a group with no column chosen has none, and a column moved away from its group gets its own.
 */
export function progressHeadings(keys: readonly ProgressColumnKey[]): { group: ProgressGroup; keys: ProgressColumnKey[] }[] {
  const runs: { group: ProgressGroup; keys: ProgressColumnKey[] }[] = [];
  for (const key of keys) {
    const group = PROGRESS_COLUMN_GROUP[key];
    const last = runs.at(-1);
    if (last?.group === group) last.keys.push(key);
    else runs.push({ group, keys: [key] });
  }
  return runs;
}
