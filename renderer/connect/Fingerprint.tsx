import { Code, SimpleGrid, Text } from '@mantine/core';

/** A SHA-256 fingerprint's 32 bytes in 8 numbered groups of 4, to compare group by group with the host's page. */
export function fingerprintGroups(fingerprint: string): string[] {
  const bytes = fingerprint.split(':');
  return Array.from({ length: Math.ceil(bytes.length / 4) }, (_, i) => bytes.slice(i * 4, i * 4 + 4).join(':'));
}

/** The fingerprint in groups; with `against`, the groups that differ from it are marked. */
export function Fingerprint({ value, against, testId }: { value: string; against?: string; testId?: string }) {
  const other = against ? fingerprintGroups(against) : null;
  return (
    <SimpleGrid cols={4} spacing={6} verticalSpacing={6} data-testid={testId}>
      {fingerprintGroups(value).map((group, i) => {
        const differs = other !== null && other[i] !== group;
        return (
          <Text key={i} size="sm" component="div">
            <Text span size="xs" c="dimmed" mr={4}>
              {i + 1}
            </Text>
            <Code fz="sm" color={differs ? 'red.1' : undefined} c={differs ? 'red.9' : undefined} fw={differs ? 700 : undefined}>
              {group}
            </Code>
          </Text>
        );
      })}
    </SimpleGrid>
  );
}
