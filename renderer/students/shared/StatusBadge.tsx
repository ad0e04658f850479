import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudentStatus } from '../../../electron/contract/students';
import { Tag } from '../../ui/Tag';

/** Each status's colour wherever statuses are shown: badges, the home page's counts and charts. */
export const STATUS_COLORS: Record<StudentStatus, string> = {
  enrolled: 'teal',
  suspended: 'orange',
  withdrawn: 'red',
  graduated: 'blue',
  completed: 'grape',
};

export function StatusBadge({ status, ...rest }: { status: StudentStatus } & BadgeProps) {
  const { t } = useTranslation('students');
  return (
    <Tag color={STATUS_COLORS[status]} {...rest}>
      {t(`status.${status}`)}
    </Tag>
  );
}
