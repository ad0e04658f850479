import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACADEMIC_STANDINGS, CHECKIN_METHODS, HEALTH_STATES, HELP_KINDS, MENTAL_STATES, RISKS } from '../../../electron/contract/checkins';
import { CheckboxesField, DateField, NumberField, SegmentedField, SelectField, SwitchField, TextareaField, TextField } from '../../forms/fields';
import { usePhone } from '../../ui/usePhone';
import type { CheckinValues } from './checkinForm';

type Form = UseFormReturnType<CheckinValues>;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The check-in's questions in the order a conversation goes: how it happened, study, life, then risk and help. */
export function CheckinSections({ form, askReason }: { form: Form; askReason: boolean }) {
  const { t } = useTranslation('checkins');
  const options = <C extends string>(set: 'checkinMethod' | 'academic' | 'health' | 'mental' | 'risk' | 'help', codes: readonly C[]) =>
    codes.map((value) => ({ value, label: t(`${set}.${value}` as never) as string }));
  // Three across on a PC, one under another on a phone.
  const grid = { cols: { base: 1, sm: 2, md: 3 }, spacing: 'md', verticalSpacing: 'sm' } as const;
  // A phone's controls are a fingertip high, its choices as wide as the screen.
  const phone = usePhone();
  const size = phone ? 'md' : undefined;
  const segments = { size, fullWidth: phone };
  return (
    <Stack gap="md">
      <Section title={t('form.sections.basic')}>
        <SimpleGrid {...grid}>
          <DateField form={form} name="date" required size={size} />
          <SegmentedField form={form} name="method" required data={options('checkinMethod', CHECKIN_METHODS)} {...segments} />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.study')}>
        <SimpleGrid {...grid}>
          {/* The first question with no answer yet: where the keyboard starts (not a phone's, which would cover half the form). */}
          <NumberField form={form} name="attendancePct" min={0} max={100} suffix="%" autoFocus={!phone} size={size} />
          <SelectField form={form} name="academic" data={options('academic', ACADEMIC_STANDINGS)} size={size} />
          <NumberField form={form} name="failingCourses" min={0} max={50} size={size} />
          <TextField form={form} name="certificate" size={size} />
          <TextField form={form} name="competitions" size={size} />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.life')}>
        <SimpleGrid {...grid}>
          <SelectField form={form} name="health" data={options('health', HEALTH_STATES)} size={size} />
          <SelectField form={form} name="mental" data={options('mental', MENTAL_STATES)} size={size} />
          <SwitchField form={form} name="moneyTrouble" mt={{ sm: 28 }} size={size} />
          <TextField form={form} name="familyEvent" size={size} />
          <TextField form={form} name="dorm" size={size} />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.help')}>
        <Stack gap="sm">
          <SegmentedField form={form} name="risk" required data={options('risk', RISKS)} {...segments} />
          <CheckboxesField form={form} name="help" data={options('help', HELP_KINDS)} />
          <SimpleGrid {...grid}>
            {form.values.help.includes('other') && <TextField form={form} name="helpOther" size={size} />}
            <TextField form={form} name="followUp" size={size} />
            <DateField form={form} name="followUpDue" size={size} />
          </SimpleGrid>
        </Stack>
      </Section>
      <Section title={t('form.sections.notes')}>
        <Stack gap="sm">
          <TextareaField form={form} name="notes" hideLabel minRows={2} size={size} />
          {askReason && <TextField form={form} name="editReason" required description={t('form.editReasonHint')} size={size} />}
        </Stack>
      </Section>
    </Stack>
  );
}
