import type { Resources } from '../zh';
import { areaTexts } from '../../areas';
import { auth } from './auth';
import { common } from './common';
import { dossier } from './dossier';
import { exportTexts } from './export';
import { reports } from './reports';
import { trust } from './trust';

export const en: Resources = { common, auth, export: exportTexts, reports, dossier, trust, ...areaTexts('en') };
