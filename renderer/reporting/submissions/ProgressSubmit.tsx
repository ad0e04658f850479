import { Group } from '@mantine/core';
import { useCanCall } from '../../auth/permissions';
import { SentLine } from './SentLine';
import { SubmitButton } from './SubmitButton';

/** On 年度进展: 提交报送 for those who send the report, and for everyone whether this period was sent already. */
export function ProgressSubmit({ period }: { period: { year: number; from: string; to: string } }) {
  const canSubmit = useCanCall('reports.submit');
  const canRead = useCanCall('reports.submissions');
  return (
    <Group gap="sm" pb={4}>
      {canSubmit && <SubmitButton period={{ year: period.year, from: period.from, to: period.to }} />}
      {canRead && <SentLine period={period} />}
    </Group>
  );
}
