import { lazy, Suspense, useEffect } from 'react';
import { forceNavigate } from '../router/history';
import { useLocation } from '../router/use-location';
import { currentPath, LOGIN_PATH, loginUrl } from '../session/return-path';
import { useLogin } from '../session/use-login';
import { Loading } from '../ui/spinner';

// Both halves load on demand: a signed-in reload never downloads the login form, and the login
// screen never downloads the console.
const LoginPage = lazy(() => import('../session/login-page'));
const AuthenticatedApp = lazy(() => import('./authenticated-app'));

/** Login screen at /login; every other address needs a sign-in and opens the console shell. */
export function App() {
  const { pathname } = useLocation();
  const login = useLogin();
  if (pathname !== LOGIN_PATH && !login) return <RedirectToLogin />;
  return (
    <Suspense fallback={<Loading label="Loading Postmaster…" />}>
      {pathname === LOGIN_PATH || !login ? <LoginPage /> : <AuthenticatedApp login={login} />}
    </Suspense>
  );
}

/** A deep link opened while signed out: sign in first, then come back to it. */
function RedirectToLogin() {
  useEffect(() => {
    forceNavigate(loginUrl(currentPath()), { replace: true });
  }, []);
  return null;
}
