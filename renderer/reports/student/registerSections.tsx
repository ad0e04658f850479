import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { maskBankAccount, maskIdNumber } from '../../../electron/contract/idcard';
import type { Student } from '../../../electron/contract/students';
import { useDisplay } from '../../students/detail/StudentInfo';
import { FIELD_SPAN, SECTIONS, type StudentFieldKey } from '../../students/shared/sections';
import { FieldGridSection, type GridField } from './FieldGrid';

export interface RegisterSectionProps {
  student: Student;
  /** whole 身份证号 and bank account, when asked for (and sent whole by the backend) */
  wholeIds: boolean;
}

/**
 * The sections of the printed 学生信息登记表, in order: the record's own, grouped as on the form.
 * 月度监测, 资助 and 实习就业 each add one entry here when they are built (a component drawing
 * its FieldGridSection rows); the page keeps room for them below these.
 */
/** As on the form, but a 身份证号 takes two slots: one is too narrow for 18 characters beside the photo. */
const SPAN: Partial<Record<StudentFieldKey, number>> = { ...FIELD_SPAN, idNumber: 2 };

export const REGISTER_SECTIONS: readonly { key: string; Section: (props: RegisterSectionProps) => ReactNode }[] = SECTIONS.map((section) => ({
  key: section.key,
  Section: (props: RegisterSectionProps) => <RecordSection sectionKey={section.key} {...props} />,
}));

function RecordSection({ sectionKey, student, wholeIds }: RegisterSectionProps & { sectionKey: (typeof SECTIONS)[number]['key'] }) {
  const { t } = useTranslation('reports');
  const { t: ts } = useTranslation('students');
  const display = useDisplay(student);
  const section = SECTIONS.find((s) => s.key === sectionKey)!;
  // As on the student page: masked unless asked for; a role the backend sends masked numbers to gets those.
  const whole = wholeIds && !student.sensitiveMasked;
  const value = (field: (typeof section.fields)[number]): ReactNode => {
    if (field === 'idNumber') return <span className="register-num">{whole ? student.idNumber : maskIdNumber(student.idNumber)}</span>;
    if (field === 'bankAccount') return <span className="register-num">{whole ? student.bankAccount : maskBankAccount(student.bankAccount)}</span>;
    return display(field);
  };
  const fields: GridField[] = section.fields.map((field) => ({ key: field, label: ts(`fields.${field}`), value: value(field), span: SPAN[field] }));
  if (sectionKey === 'school') {
    const status = t('register.statusLine', { status: ts(`status.${student.status}`), date: student.statusDate });
    fields.push({ key: 'status', label: ts('fields.status'), value: status, span: 2 });
  }
  const photo = (
    <div className="register-photo">
      <span>{t('register.photo')}</span>
    </div>
  );
  return <FieldGridSection title={ts(`sections.${sectionKey}`)} fields={fields} aside={sectionKey === 'basic' ? photo : undefined} />;
}
