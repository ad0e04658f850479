import { z } from 'zod';

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
