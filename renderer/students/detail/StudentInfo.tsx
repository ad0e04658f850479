import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maskIdNumber } from '../../../electron/contract/idcard';
import type { Student } from '../../../electron/contract/students';
import { formatDateTime } from '../../format';
import { useEnumLabel } from '../shared/options';
import type { StudentFieldKey } from '../shared/sections';
import { StudentSections } from '../shared/StudentSections';

/** One field of the record as read, in the user's language. */
function useDisplay(student: Student) {
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  return (field: Exclude<StudentFieldKey, 'idNumber'>): ReactNode => {
    switch (field) {
      case 'gender':
      case 'povertyStatus':
      case 'priorEducation':
      case 'level':
        return label(field, student[field]);
      case 'projectId':
        return student.projectName;
      case 'cohortId':
        return student.cohortName;
      case 'majorId':
        return student.majorName;
      case 'classId':
        return student.className;
      case 'counsellorId':
        return student.counsellorName;
      case 'dormitory':
        return student.dormitory ? tc('yes') : tc('no');
      default:
        return student[field];
    }
  };
}

/**
 * The 身份证号 stays masked on screen until asked for, even for roles that receive it whole
 * (PIPL: shown whole only where the task needs it). Roles that receive it masked get no toggle.
 */
function IdNumber({ student }: { student: Student }) {
  const { t } = useTranslation('students');
  const [shown, setShown] = useState(false);
  const label = shown ? t('detail.hideId') : t('detail.showId');
  const number = (
    <span data-testid="student-id-number" style={{ fontFamily: 'monospace' }}>
      {shown || student.sensitiveMasked ? student.idNumber : maskIdNumber(student.idNumber)}
    </span>
  );
  if (student.sensitiveMasked) return number;
  return (
    <Group gap={6} wrap="nowrap">
      {number}
      <Tooltip label={label}>
        <ActionIcon variant="subtle" size="sm" aria-label={label} data-testid="toggle-id-number" onClick={() => setShown(!shown)}>
          {shown ? <IconEyeOff size={16} /> : <IconEye size={16} />}
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}

/** The 基本信息 tab: every field of the record, read-only, grouped as in the form. */
export function StudentInfo({ student }: { student: Student }) {
  const { t } = useTranslation('students');
  const display = useDisplay(student);
  return (
    <Stack gap="md">
      <StudentSections
        renderField={(field, sectionSize) => (
          <>
            {/* A one-field section (备注) is already named by its title. */}
            {sectionSize > 1 && (
              <Text size="xs" c="dimmed">
                {t(`fields.${field}`)}
              </Text>
            )}
            <Text size="sm" component="div" style={{ whiteSpace: 'pre-wrap' }}>
              {field === 'idNumber' ? <IdNumber student={student} /> : display(field) || '—'}
            </Text>
          </>
        )}
      />
      <Text size="xs" c="dimmed" ta="right">
        {t('detail.updatedAt', { at: formatDateTime(student.updatedAt) })}
      </Text>
    </Stack>
  );
}
