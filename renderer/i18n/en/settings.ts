import type { settings as zh } from '../zh/settings';

export const settings: typeof zh = {
  title: 'Settings',
};
