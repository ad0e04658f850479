import type { MethodName } from '../contract';
import { allowancesArea } from './allowances/area';
import type { BackendArea } from './area';
import { auditArea } from './audit/area';
import { authArea } from './auth/area';
import { backupsArea } from './backups/area';
import { checkinsArea } from './checkins/area';
import { connectArea } from './client/ownArea';
import { dossiersArea } from './dossiers/area';
import { importsArea } from './imports/area';
import { networkArea } from './lan/area';
import { orgArea } from './org/area';
import { placementsArea } from './placements/area';
import { reportingArea } from './reporting/area';
import type { Handlers } from './rpc/context';
import { settingsArea } from './settings/area';
import { studentsArea } from './students/area';
import { trainingsArea } from './trainings/area';
import { usersArea } from './users/area';

/** The areas of the backend. A new area is one line here (and its contract in electron/contract/index.ts). */
const OWN_RECORDS = [authArea, usersArea, settingsArea, orgArea, studentsArea, checkinsArea, allowancesArea, placementsArea, trainingsArea, reportingArea, dossiersArea, importsArea, backupsArea, networkArea, connectArea] as const;

/** The audit log reads every other area's entries, so it is given their names. */
const AREAS = [...OWN_RECORDS, auditArea(Object.assign({}, ...OWN_RECORDS.map((a: BackendArea<never>) => a.auditEntities ?? {})))] as const;

type MethodsOf<A> = A extends BackendArea<infer K> ? K : never;
type Unhandled = Exclude<MethodName, MethodsOf<(typeof AREAS)[number]>>;
/** A contract method no area handles is a type error here, naming the method. */
const everyMethodHandled: [Unhandled] extends [never] ? true : Unhandled = true;
void everyMethodHandled;

export const handlers = Object.assign({}, ...AREAS.map((a) => a.handlers)) as Handlers<MethodName>;

/** Start-up upkeep of every area, run once the database is migrated. */
export function runUpkeep(db: Parameters<NonNullable<BackendArea['upkeep']>>[0]): void {
  for (const area of AREAS as readonly BackendArea<never>[]) area.upkeep?.(db);
}
