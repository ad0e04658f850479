import { Box, Paper, SimpleGrid, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FIELD_SPAN, SECTIONS, type StudentFieldKey } from './sections';

/** The record's fields in their titled sections, laid out the same in the form and on the student page. */
export function StudentSections({ renderField }: { renderField: (field: StudentFieldKey, sectionSize: number) => ReactNode }) {
  const { t } = useTranslation('students');
  return SECTIONS.map((section) => (
    <Paper key={section.key} withBorder p="md">
      <Title order={5} mb="sm">
        {t(`sections.${section.key}`)}
      </Title>
      <SimpleGrid cols={3} spacing="md" verticalSpacing="sm">
        {section.fields.map((field) => (
          <Box key={field} style={{ gridColumn: `span ${FIELD_SPAN[field] ?? 1}` }}>
            {renderField(field, section.fields.length)}
          </Box>
        ))}
      </SimpleGrid>
    </Paper>
  ));
}
