import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { MantineProvider, createTheme } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/zh-cn';
import { StrictMode, useSyncExternalStore } from 'react';
import { createRoot } from 'react-dom/client';
import { useTranslation } from 'react-i18next';
import { App } from './app/App';
import { TRUST_HASH } from './trust/platform';
import { TrustPage } from './trust/TrustPage';
import './i18n';

const theme = createTheme({
  fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", sans-serif',
  primaryColor: 'teal',
});

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 10_000 } },
});

/** 安装本机证书 is opened by phones before anyone signs in there: it stands outside the app's sign-in. */
const onTrustPage = () => window.location.hash.startsWith(TRUST_HASH);
const watchHash = (changed: () => void) => {
  window.addEventListener('hashchange', changed);
  return () => window.removeEventListener('hashchange', changed);
};

function Root() {
  const { i18n } = useTranslation();
  const trust = useSyncExternalStore(watchHash, onTrustPage);
  return (
    <DatesProvider settings={{ locale: i18n.language === 'en' ? 'en' : 'zh-cn', firstDayOfWeek: 1 }}>
      {trust ? <TrustPage /> : <App />}
    </DatesProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme}>
      {/* Bottom right: at the top they covered the user menu in the header. */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={queryClient}>
        <Root />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
