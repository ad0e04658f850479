import type { ImportChange } from '../../../contract/importRows';
import type { PlacementImportField, PlacementSheet } from '../../../contract/importPlacements';
import { labelOf } from '../../../contract/labels';
import type { Locale } from '../../../contract/messages';
import { formatYuan } from '../../../contract/money';
import type { Destination, PlacementInput } from '../../../contract/placements';
import type { ReadValues } from './cells';

type Lang = 'zh' | 'en';
const lang = (locale: Locale): Lang => (locale === 'en' ? 'en' : 'zh');

/** A placement as stored, with what the page shows of it: its employer's name, its 留深/回乡 as recorded or derived. */
export interface Seen {
  stored: PlacementInput;
  companyName: string | null;
  destination: Destination;
}

type Described = Exclude<PlacementImportField, 'name' | 'idNumber'>;

const yesNo = (value: boolean, l: Lang) => (value ? (l === 'zh' ? '是' : 'Yes') : l === 'zh' ? '否' : 'No');

/** Each field an import can change, as words: the labels of codes, the employer's name, the salary in yuan. */
const SHOWN: Record<Described, (p: Seen, l: Lang) => string> = {
  outcome: ({ stored }, l) => labelOf('outcome', stored.outcome, l),
  company: (p) => p.companyName ?? '',
  industry: ({ stored }) => stored.industry,
  position: ({ stored }) => stored.position,
  province: ({ stored }) => stored.province,
  city: ({ stored }) => stored.city,
  destination: (p, l) => labelOf('destination', p.destination, l),
  relatedToMajor: ({ stored }, l) => yesNo(stored.relatedToMajor, l),
  startDate: ({ stored }) => stored.startDate ?? '',
  salary: ({ stored }) => (stored.monthlySalaryFen === null ? '' : `¥${formatYuan(stored.monthlySalaryFen)}`),
  contractKind: ({ stored }, l) => (stored.contractKind ? labelOf('contractKind', stored.contractKind, l) : ''),
  socialInsurance: ({ stored }, l) => yesNo(stored.socialInsurance, l),
  channel: ({ stored }, l) => (stored.channel ? labelOf('channel', stored.channel, l) : ''),
  notes: ({ stored }) => stored.notes,
};

/** The stored field a column fills: the employer by id, the salary in fen, the rest under their own names. */
const storedKey = (field: Described): keyof PlacementInput => (field === 'company' ? 'companyId' : field === 'salary' ? 'monthlySalaryFen' : field);

const isDescribed = (field: PlacementImportField): field is Described => field !== 'name' && field !== 'idNumber';

/** What an update changes, field by field, for the columns the sheet filled: old → new, in words. */
export function describe(locale: Locale, before: Seen, after: Seen, read: ReadValues, headers: PlacementSheet['headers']): ImportChange<Described>[] {
  const l = lang(locale);
  return (Object.keys(read) as PlacementImportField[])
    .filter(isDescribed)
    .filter((field) => before.stored[storedKey(field)] !== after.stored[storedKey(field)])
    .map((field) => ({ field, header: headers[field] ?? field, before: SHOWN[field](before, l), after: SHOWN[field](after, l) }));
}

/** A new placement's main values, to read in the preview: where the graduate went, and the employer. */
export function mainValues(locale: Locale, after: Seen, headers: PlacementSheet['headers']): ImportChange<Described>[] {
  const l = lang(locale);
  const fields: Described[] = after.companyName === null ? ['outcome'] : ['outcome', 'company'];
  return fields.map((field) => ({ field, header: headers[field] ?? field, before: '', after: SHOWN[field](after, l) }));
}
