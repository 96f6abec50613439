import { Outlet, useLocation } from '@tanstack/react-router';
import { Suspense, useEffect } from 'react';
import { forceNavigate } from '../router/navigation';
import { CALLBACK_PATH } from '../session/oauth/callback-path';
import { currentPath, LOGIN_PATH, loginUrl } from '../session/return-path';
import { useLogin } from '../session/use-login';
import { Loading } from '../ui/spinner';
import type { Login } from '../session/login-store';
import { lazyPage } from './lazy-page';

// Both halves load on demand: a signed-in reload never downloads the login form, and the login
// screen never downloads the console.
export const loginPage = lazyPage(() => import('../session/login-page'));
export const callbackPage = lazyPage(() => import('../session/oauth-callback-page'));
const authenticatedApp = lazyPage<{ login: Login }>(() => import('./authenticated-app'));
const AuthenticatedApp = authenticatedApp.Page;

/**
 * Fetches the console shell together with the router's first load (which fetches the page's own
 * chunk), so the first render has them all and shows the page without a loading step.
 */
export function preloadFirstScreen(pathname: string, signedIn: boolean, loadRoute: () => Promise<void>): Promise<unknown> {
  if (pathname === CALLBACK_PATH) return callbackPage.preload();
  // Signed out, every address leads to the sign-in screen: no console code before signing in.
  if (pathname === LOGIN_PATH || !signedIn) return loginPage.preload();
  return Promise.all([authenticatedApp.preload(), loadRoute()]);
}

/**
 * The root route: the sign-in screen at /sign-in, the return from the server's sign-in page at
 * /oauth/callback; every other address needs a sign-in and opens the console shell.
 */
export function App() {
  const pathname = useLocation({ select: (location) => location.pathname });
  const login = useLogin();
  if (pathname === CALLBACK_PATH) {
    return (
      <Suspense fallback={<Loading label="Signing in…" />}>
        <Outlet />
      </Suspense>
    );
  }
  if (pathname !== LOGIN_PATH && !login) return <RedirectToLogin />;
  return (
    <Suspense fallback={<Loading label="Loading Postmaster…" />}>
      {pathname === LOGIN_PATH || !login ? <Outlet /> : <AuthenticatedApp login={login} />}
    </Suspense>
  );
}

/** The sign-in ended while a page showed (another tab signed out): sign in first, then come back. */
function RedirectToLogin() {
  useEffect(() => {
    forceNavigate(loginUrl(currentPath()), { replace: true });
  }, []);
  return null;
}
