import { areaTexts } from '../../areas';
import { auth } from './auth';
import { common } from './common';
import { dossier } from './dossier';
import { exportTexts } from './export';
import { reports } from './reports';
import { trust } from './trust';

/** The shell's own namespaces and the shared kits'; each area brings its own through renderer/areas.ts. */
export const zh = { common, auth, export: exportTexts, reports, dossier, trust, ...areaTexts('zh') };
export type Resources = typeof zh;
