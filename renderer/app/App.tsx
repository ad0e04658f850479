import { Center, Loader } from '@mantine/core';
import { useState } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router';
import { ChoosePasswordPage } from '../auth/ChoosePasswordPage';
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
        if (status.user.mustChangePassword) return <ChoosePasswordPage />;
        return <SignedIn />;
      }}
    </SessionProvider>
  );
}

/**
 * Hash routing: the same build works from file:// (Electron) and over HTTP. A data router rather
 * than <HashRouter>, so that a form can hold back a user leaving it with unsaved input (useBlocker).
 */
function SignedIn() {
  const [router] = useState(() =>
    createHashRouter([
      {
        path: '*',
        element: (
          <AppLayout>
            <Routes>
              <Route path="/students/*" element={<StudentRoutes />} />
              <Route path="/settings/*" element={<SettingsRoutes />} />
              <Route path="*" element={<Navigate to="/students" replace />} />
            </Routes>
          </AppLayout>
        ),
      },
    ]),
  );
  return <RouterProvider router={router} />;
}
