import { useTranslation } from 'react-i18next';
import type { MonthState, Risk } from '../../../electron/contract/checkins';
import { Tag } from '../../ui/Tag';

const RISK_COLORS: Record<Risk, string> = { normal: 'teal', watch: 'yellow', high: 'red' };
const STATE_COLORS: Record<MonthState, string> = { done: 'teal', open: 'gray', overdue: 'red' };

export function RiskBadge({ risk }: { risk: Risk | null }) {
  const { t } = useTranslation('checkins');
  if (!risk) return null;
  return <Tag color={RISK_COLORS[risk]}>{t(`risk.${risk}`)}</Tag>;
}

export function StateBadge({ state }: { state: MonthState }) {
  const { t } = useTranslation('checkins');
  return <Tag color={STATE_COLORS[state]}>{t(`state.${state}`)}</Tag>;
}
