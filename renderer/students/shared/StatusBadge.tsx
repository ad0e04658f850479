import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StudentStatus } from '../../../electron/contract/students';

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
    <Badge color={COLORS[status]} variant="light" radius="sm" {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}
