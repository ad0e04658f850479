import type { students as zh } from '../zh/students';

export const students: typeof zh = {
  title: 'Students',
};
