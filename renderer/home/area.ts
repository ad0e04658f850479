import { IconHome } from '@tabler/icons-react';
import { later, type RendererArea } from '../area';
import { home as en } from '../i18n/en/home';
import { home as zh } from '../i18n/zh/home';

/** Where everyone lands: the default route, and where a new sign-in starts. */
export const HOME_PATH = '/home';

/** The home page: the cards every area offers the signed-in user's role. */
export const homeArea = {
  routes: [{ path: 'home', page: later(() => import('./HomePage'), 'HomePage') }],
  // auth.status is open to everyone: every signed-in role has a home page.
  nav: { to: HOME_PATH, label: 'common:nav.home', icon: IconHome, needs: 'auth.status' },
  texts: { zh: { home: zh }, en: { home: en } },
} satisfies RendererArea<{ home: typeof zh }>;
