import { ActionIcon, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateText } from '../../electron/contract/dates';

/** What a typed text means as a value: an ISO date, null when empty, else the text itself. */
function valueOf(text: string): string | null {
  return parseDateText(text) ?? (text.trim() || null);
}

export interface IsoDateInputProps extends Omit<TextInputProps, 'value' | 'onChange' | 'rightSection'> {
  value?: string | null;
  /**
   * An ISO date (YYYY-MM-DD), null when emptied, or the text as typed when it is no real date:
   * the form's validation then refuses it where it stands, instead of the date becoming another.
   */
  onChange?: (value: string | null) => void;
  /** the calendar offers no later day (typing one is refused by the validation) */
  maxDate?: string;
}

/**
 * A date typed (2019-02-03, 2019/2/3, 20190203, full-width digits) or picked from a calendar.
 * Mantine's DateInput parses with dayjs, which rolls 2019-02-30 into 2019-03-02, and keeps its
 * last good date when the text stops being one: either way a wrong date looked right. Here the
 * text is what the field holds.
 */
export function IsoDateInput({ value, onChange, onBlur, maxDate, readOnly, disabled, ...rest }: IsoDateInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(value ?? '');
  const [picking, setPicking] = useState(false);
  // The form may set the date itself (from the 身份证号, a cohort's intake, a reload): show it.
  useEffect(() => {
    if (value !== undefined && value !== valueOf(text)) setText(value ?? '');
  }, [value]);

  const type = (next: string) => {
    setText(next);
    onChange?.(valueOf(next));
  };
  const picked = parseDateText(text);
  return (
    <Popover opened={picking} onChange={setPicking} position="bottom-end" shadow="md" disabled={readOnly || disabled}>
      <Popover.Target>
        <TextInput
          placeholder="YYYY-MM-DD"
          autoComplete="off"
          {...rest}
          readOnly={readOnly}
          disabled={disabled}
          value={text}
          onChange={(e) => type(e.currentTarget.value)}
          onBlur={(e) => {
            // Written the one way the app shows dates, once the person is done typing.
            if (picked && picked !== text) setText(picked);
            onBlur?.(e);
          }}
          rightSectionPointerEvents="all"
          rightSection={
            !readOnly &&
            !disabled && (
              <ActionIcon variant="subtle" color="gray" aria-label={t('pickDate')} onClick={() => setPicking((o) => !o)} tabIndex={-1}>
                <IconCalendar size={16} />
              </ActionIcon>
            )
          }
        />
      </Popover.Target>
      <Popover.Dropdown>
        <DatePicker
          value={picked}
          defaultDate={picked ?? maxDate}
          maxDate={maxDate}
          onChange={(date) => {
            type(date ?? '');
            setPicking(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );
}
