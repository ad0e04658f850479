import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The register with no students at all (not merely none matching): how to start. */
export function EmptyRegister({ canCreate }: { canCreate: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack component="span" gap={4} align="center">
      <Text span inherit>
        {t('gettingStarted.emptyRegister')}
      </Text>
      {canCreate && (
        <Text span size="sm">
          {t('gettingStarted.emptyRegisterHint')}
        </Text>
      )}
    </Stack>
  );
}
