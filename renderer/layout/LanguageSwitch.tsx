import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../../electron/contract/messages';
import { currentLocale, setLocale } from '../i18n';

export function LanguageSwitch() {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      size="xs"
      value={currentLocale()}
      onChange={(v) => setLocale(v === 'en' ? 'en' : 'zh-CN')}
      data={LOCALES.map((l) => ({ value: l, label: t(`languages.${l}`) }))}
    />
  );
}
