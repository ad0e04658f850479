import { IconFileImport } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { imports as en } from '../i18n/en/imports';
import { imports as zh } from '../i18n/zh/imports';

/** 导入: the office's existing workbooks brought into the register, for the roles that may edit it. */
export const importsArea = {
  routes: [{ path: 'imports/*', page: later(() => import('./ImportRoutes'), 'ImportRoutes') }],
  nav: { to: '/imports', label: 'common:nav.imports', icon: IconFileImport, needs: 'imports.previewStudents' },
  texts: { zh: { imports: zh }, en: { imports: en } },
} satisfies RendererArea<{ imports: typeof zh }>;
