import type { Handlers } from '../../rpc/context';
import { leaderDashboard } from './dashboard';

export const dashboardHandlers: Handlers<'reports.dashboard'> = {
  'reports.dashboard': ({ year }, { db, user, now }) => leaderDashboard(db, user, year, now()),
};
