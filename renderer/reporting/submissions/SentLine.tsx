import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { sentOn } from './sentAt';

/** On 年度进展: 本期已于 … 报送 …, for the latest submission in force of exactly this period, linking to it. */
export function SentLine({ period }: { period: { year: number; from: string; to: string } }) {
  const { t } = useTranslation('submissions');
  const list = useApi('reports.submissions', { year: period.year });
  const sent = list.data?.find((s) => s.from === period.from && s.to === period.to && s.supersededBy === null);
  if (!sent) return null;
  return (
    <Text size="sm" data-testid="progress-sent">
      {t('submit.sentLine', { at: sentOn(sent.submittedAt), recipient: sent.recipient })}{' '}
      <Anchor component={Link} to={`/reporting/submissions/${sent.id}`} size="sm">
        {t('submit.open')}
      </Anchor>
    </Text>
  );
}
