import { auth } from './auth';
import { common } from './common';
import { settings } from './settings';
import { students } from './students';

/** One namespace per area, each in its own file. */
export const zh = { common, auth, students, settings };
export type Resources = typeof zh;
