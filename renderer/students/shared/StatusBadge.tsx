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
    // Never cut short in a narrow table column; English labels stay in sentence case.
    <Badge color={COLORS[status]} variant="light" radius="sm" tt="none" styles={{ label: { overflow: 'visible' } }} {...rest}>
      {t(`status.${status}`)}
    </Badge>
  );
}
