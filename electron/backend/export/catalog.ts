import type { Locale } from '../../contract/messages';
import { checkinCoverage as enCheckinCoverage } from '../../../renderer/i18n/en/checkinCoverage';
import { common as enCommon } from '../../../renderer/i18n/en/common';
import { exportTexts as enExport } from '../../../renderer/i18n/en/export';
import { importTemplate as enImportTemplate } from '../../../renderer/i18n/en/importTemplate';
import { outcomes as enOutcomes } from '../../../renderer/i18n/en/outcomes';
import { settings as enSettings } from '../../../renderer/i18n/en/settings';
import { students as enStudents } from '../../../renderer/i18n/en/students';
import { checkinCoverage } from '../../../renderer/i18n/zh/checkinCoverage';
import { common } from '../../../renderer/i18n/zh/common';
import { exportTexts } from '../../../renderer/i18n/zh/export';
import { importTemplate } from '../../../renderer/i18n/zh/importTemplate';
import { outcomes } from '../../../renderer/i18n/zh/outcomes';
import { settings } from '../../../renderer/i18n/zh/settings';
import { students } from '../../../renderer/i18n/zh/students';

/**
 * The screens' own words, so a spreadsheet's headers, codes and title read exactly as the list it
 * was exported from, in the user's language. Only the namespaces' files, which are plain data:
 * the catalogs' index also gathers the UI's areas (pages, icons), which the backend must not load.
 */
const CATALOGS = {
  'zh-CN': { common, students, settings, export: exportTexts, checkinCoverage, outcomes, importTemplate },
  en: {
    common: enCommon,
    students: enStudents,
    settings: enSettings,
    export: enExport,
    checkinCoverage: enCheckinCoverage,
    outcomes: enOutcomes,
    importTemplate: enImportTemplate,
  },
} satisfies Record<Locale, object>;

export type UiText = (typeof CATALOGS)['zh-CN'];

export const uiText = (locale: Locale): UiText => CATALOGS[locale];

/** An i18next text as a function of its {{placeholders}}' values (split once, for texts filled thousands of times). */
export function template(text: string): (values: Record<string, string | number>) => string {
  const parts = text.split(/\{\{(\w+)\}\}/);
  return (values) => parts.map((part, i) => (i % 2 === 0 ? part : String(values[part] ?? `{{${part}}}`))).join('');
}

/** An i18next text with its {{placeholders}} filled in. */
export const fill = (text: string, values: Record<string, string | number>): string => template(text)(values);
