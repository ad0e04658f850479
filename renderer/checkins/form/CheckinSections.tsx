import { Paper, SimpleGrid, Stack, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ACADEMIC_STANDINGS, CHECKIN_METHODS, HEALTH_STATES, HELP_KINDS, MENTAL_STATES, RISKS } from '../../../electron/contract/checkins';
import { CheckboxesField, DateField, NumberField, SegmentedField, SelectField, SwitchField, TextareaField, TextField } from '../../forms/fields';
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
  return (
    <Stack gap="md">
      <Section title={t('form.sections.basic')}>
        <SimpleGrid {...grid}>
          <DateField form={form} name="date" required />
          <SegmentedField form={form} name="method" required data={options('checkinMethod', CHECKIN_METHODS)} />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.study')}>
        <SimpleGrid {...grid}>
          {/* The first question with no answer yet: where the keyboard starts. */}
          <NumberField form={form} name="attendancePct" min={0} max={100} suffix="%" autoFocus />
          <SelectField form={form} name="academic" data={options('academic', ACADEMIC_STANDINGS)} />
          <NumberField form={form} name="failingCourses" min={0} max={50} />
          <TextField form={form} name="certificate" />
          <TextField form={form} name="competitions" />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.life')}>
        <SimpleGrid {...grid}>
          <SelectField form={form} name="health" data={options('health', HEALTH_STATES)} />
          <SelectField form={form} name="mental" data={options('mental', MENTAL_STATES)} />
          <SwitchField form={form} name="moneyTrouble" mt={{ sm: 28 }} />
          <TextField form={form} name="familyEvent" />
          <TextField form={form} name="dorm" />
        </SimpleGrid>
      </Section>
      <Section title={t('form.sections.help')}>
        <Stack gap="sm">
          <SegmentedField form={form} name="risk" required data={options('risk', RISKS)} />
          <CheckboxesField form={form} name="help" data={options('help', HELP_KINDS)} />
          <SimpleGrid {...grid}>
            {form.values.help.includes('other') && <TextField form={form} name="helpOther" />}
            <TextField form={form} name="followUp" />
            <DateField form={form} name="followUpDue" />
          </SimpleGrid>
        </Stack>
      </Section>
      <Section title={t('form.sections.notes')}>
        <Stack gap="sm">
          <TextareaField form={form} name="notes" hideLabel minRows={2} />
          {askReason && <TextField form={form} name="editReason" required description={t('form.editReasonHint')} />}
        </Stack>
      </Section>
    </Stack>
  );
}
