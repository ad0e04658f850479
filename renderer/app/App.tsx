import { Center, Loader } from '@mantine/core';
import { Suspense, useState } from 'react';
import { createHashRouter, Navigate, Route, RouterProvider, Routes } from 'react-router';
import { ChoosePasswordPage } from '../auth/ChoosePasswordPage';
import { LoginPage } from '../auth/LoginPage';
import { SessionProvider } from '../auth/session';
import { SetupPage } from '../auth/SetupPage';
import { later } from '../area';
import { ConnectGate } from '../connect/ConnectGate';
import { AREAS } from '../areas';
import { HOME_PATH } from '../home/area';
import { AppLayout } from '../layout/AppLayout';

export function App() {
  return (
    <ConnectGate>
      <Session />
    </ConnectGate>
  );
}

function Session() {
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

const Reports = later(() => import('../reports/ReportRoutes'), 'ReportRoutes');

/**
 * Hash routing: the same build works from file:// (Electron) and over HTTP. A data router rather
 * than <HashRouter>, so that a form can hold back a user leaving it with unsaved input (useBlocker).
 */
function SignedIn() {
  const [router] = useState(() =>
    createHashRouter([
      // Reports are the paper itself: outside the app's frame, printed from the page or by the desktop app.
      { path: '/print/*', element: <Suspense fallback={<Center h={200}><Loader /></Center>}><Reports /></Suspense> },
      {
        path: '*',
        element: (
          <AppLayout>
            {/* An area's pages arrive when first opened; the shell stays meanwhile. */}
            <Suspense fallback={<Center h={200}><Loader /></Center>}>
            <Routes>
              {AREAS.flatMap((area) => area.routes).map(({ path, page: Page }) => (
                <Route key={path} path={`/${path}`} element={<Page />} />
              ))}
              <Route path="*" element={<Navigate to={HOME_PATH} replace />} />
            </Routes>
            </Suspense>
          </AppLayout>
        ),
      },
    ]),
  );
  return <RouterProvider router={router} />;
}
