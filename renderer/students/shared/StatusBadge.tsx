import type { BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudentStatus } from '../../../electron/contract/students';
import { Tag } from '../../ui/Tag';

const COLORS: Record<StudentStatus, string> = {
  enrolled: 'teal',
  suspended: 'orange',
  withdrawn: 'red',
  graduated: 'blue',
  completed: 'grape',
};

export function StatusBadge({ status, ...rest }: { status: StudentStatus } & BadgeProps) {
  const { t } = useTranslation('students');
  return (
    <Tag color={COLORS[status]} {...rest}>
      {t(`status.${status}`)}
    </Tag>
  );
}
