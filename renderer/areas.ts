import { allowancesArea } from './allowances/area';
import type { RendererArea } from './area';
import { checkinsArea } from './checkins/area';
import { connectArea } from './connect/area';
import { homeArea } from './home/area';
import { importsArea } from './imports/area';
import { placementsArea } from './placements/area';
import { reportingArea } from './reporting/area';
import { settingsArea } from './settings/area';
import { studentsArea } from './students/area';
import { trainingsArea } from './trainings/area';

/** The areas of the UI, in the order of the side navigation. A new area is one line here. */
export const AREAS = [homeArea, studentsArea, checkinsArea, allowancesArea, placementsArea, trainingsArea, reportingArea, importsArea, settingsArea, connectArea] as const satisfies readonly RendererArea[];

type Union = (typeof AREAS)[number]['texts']['zh'];
type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
/** Every area's i18n namespaces, for the catalog's type. */
export type AreaTexts = Intersection<Union>;

export const areaTexts = (locale: 'zh' | 'en') => Object.assign({}, ...AREAS.map((a) => a.texts[locale])) as AreaTexts;
