import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toHalfWidth } from '../../../electron/contract/halfwidth';
import { parseIdNumber } from '../../../electron/contract/idcard';
import { formatMessage } from '../../../electron/contract/messages';
import { currentLocale } from '../../i18n';
import { useStudentFormContext } from './studentForm';

/**
 * 身份证号 with feedback while typing: the problem (same wording as the backend) once the number
 * is complete or the field is left, or what the number says when it is valid. A valid number
 * fills in birth date and gender, which must agree with it.
 */
export function IdNumberField() {
  const form = useStudentFormContext();
  const { t } = useTranslation('students');
  const [left, setLeft] = useState(false);
  const input = form.getInputProps('idNumber');
  const value = form.values.idNumber.trim();
  const parsed = value ? parseIdNumber(value) : null;
  const problem = parsed && 'problem' in parsed && (left || value.length >= 18) ? formatMessage(currentLocale(), parsed.problem) : null;
  const valid = parsed && !('problem' in parsed) ? parsed : null;

  return (
    <TextInput
      name="idNumber"
      label={t('fields.idNumber')}
      withAsterisk
      autoComplete="off"
      styles={{ input: { fontFamily: 'monospace', letterSpacing: 0.5 } }}
      {...input}
      onChange={(e) => {
        // Full-width digits and Ｘ from a Chinese IME count as the plain ones, as in the backend.
        const typed = (e.nativeEvent as InputEvent).isComposing ? e.currentTarget.value : toHalfWidth(e.currentTarget.value);
        input.onChange(typed);
        const info = parseIdNumber(typed);
        if ('problem' in info) return;
        if (form.values.birthDate !== info.birthDate) form.setFieldValue('birthDate', info.birthDate);
        if (form.values.gender !== info.gender) form.setFieldValue('gender', info.gender);
      }}
      onBlur={(e) => {
        input.onBlur(e);
        setLeft(true);
      }}
      error={input.error ?? problem}
      success={!input.error && valid ? t('idCheck.valid', { birthDate: valid.birthDate, gender: t(`gender.${valid.gender}`) }) : undefined}
    />
  );
}
