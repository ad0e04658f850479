import { ActionIcon, Group, Stack, Text, Tooltip } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maskBankAccount, maskIdNumber } from '../../../electron/contract/idcard';
import type { Student } from '../../../electron/contract/students';
import { formatDateTime } from '../../format';
import { useEnumLabel } from '../shared/options';
import type { StudentFieldKey } from '../shared/sections';
import { StudentSections } from '../shared/StudentSections';

/** One field of the record as read, in the user's language (the page and the printed 登记表). */
export function useDisplay(student: Student) {
  const { t: tc } = useTranslation();
  const label = useEnumLabel();
  const { t } = useTranslation('students');
  return (field: Exclude<StudentFieldKey, 'idNumber' | 'bankAccount'>): ReactNode => {
    switch (field) {
      case 'birthDate':
        // Roles that see masked numbers get the birth year only (see Student.sensitiveMasked).
        return student.sensitiveMasked ? t('detail.birthYear', { year: student.birthDate }) : student.birthDate;
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

const CONCEALED = {
  idNumber: { mask: maskIdNumber, show: 'detail.showId', hide: 'detail.hideId', testId: 'id-number' },
  bankAccount: { mask: maskBankAccount, show: 'detail.showBank', hide: 'detail.hideBank', testId: 'bank-account' },
} as const;

/**
 * The 身份证号 and the bank account stay masked on screen until asked for, even for roles that
 * receive them whole (PIPL: shown whole only where the task needs it). Roles that receive them
 * masked get no toggle.
 */
function Concealed({ student, field }: { student: Student; field: keyof typeof CONCEALED }) {
  const { t } = useTranslation('students');
  const [shown, setShown] = useState(false);
  const { mask, show, hide, testId } = CONCEALED[field];
  const value = student[field];
  const label = shown ? t(hide) : t(show);
  const number = (
    <span data-testid={`student-${testId}`} style={{ fontFamily: 'monospace' }}>
      {shown || student.sensitiveMasked ? value : mask(value)}
    </span>
  );
  if (!value) return '—';
  if (student.sensitiveMasked) return number;
  return (
    <Group gap={6} wrap="nowrap">
      {number}
      <Tooltip label={label}>
        <ActionIcon variant="subtle" size="sm" aria-label={label} data-testid={`toggle-${testId}`} onClick={() => setShown(!shown)}>
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
              {field === 'idNumber' || field === 'bankAccount' ? <Concealed student={student} field={field} /> : display(field) || '—'}
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
