import { Center, Loader } from '@mantine/core';
import { HashRouter, Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { SessionProvider } from '../auth/session';
import { SetupPage } from '../auth/SetupPage';
import { AppLayout } from '../layout/AppLayout';
import { SettingsRoutes } from '../settings/SettingsRoutes';
import { StudentRoutes } from '../students/StudentRoutes';

export function App() {
  return (
    <SessionProvider
      fallback={
        <Center h="100vh">
          <Loader />
        </Center>
      }
    >
      {(status) => {
        if (status.setupNeeded) return <SetupPage />;
        if (!status.user) return <LoginPage schoolName={status.schoolName} />;
        return (
          // Hash routing: the same build works from file:// (Electron) and over HTTP.
          <HashRouter>
            <AppLayout>
              <Routes>
                <Route path="/students/*" element={<StudentRoutes />} />
                <Route path="/settings/*" element={<SettingsRoutes />} />
                <Route path="*" element={<Navigate to="/students" replace />} />
              </Routes>
            </AppLayout>
          </HashRouter>
        );
      }}
    </SessionProvider>
  );
}
