import type { Resources } from '../zh';
import { auth } from './auth';
import { common } from './common';
import { settings } from './settings';
import { students } from './students';

export const en: Resources = { common, auth, students, settings };
