import { Suspense, useEffect } from 'react';
import { forceNavigate } from '../router/history';
import { useLocation } from '../router/use-location';
import { CALLBACK_PATH } from '../session/oauth/callback-path';
import { currentPath, LOGIN_PATH, loginUrl } from '../session/return-path';
import { useLogin } from '../session/use-login';
import { Loading } from '../ui/spinner';
import type { Login } from '../session/login-store';
import { lazyPage } from './lazy-page';

// Both halves load on demand: a signed-in reload never downloads the login form, and the login
// screen never downloads the console.
const loginPage = lazyPage(() => import('../session/login-page'));
const callbackPage = lazyPage(() => import('../session/oauth-callback-page'));
const CallbackPage = callbackPage.Page;
const authenticatedApp = lazyPage<{ login: Login }>(() => import('./authenticated-app'));
const LoginPage = loginPage.Page;
const AuthenticatedApp = authenticatedApp.Page;

/**
 * Fetches the chunks the first screen needs, together rather than one after another, so the
 * first render has them all and shows the page without a loading step.
 */
export function preloadFirstScreen(pathname: string, signedIn: boolean): Promise<unknown> {
  if (pathname === CALLBACK_PATH) return callbackPage.preload();
  if (pathname === LOGIN_PATH || !signedIn) return loginPage.preload();
  // The route table (with the object catalog behind it) comes with the console, not the sign-in screen.
  const page = import('./routes').then(({ findRoute }) => findRoute(pathname)?.route.page.preload());
  return Promise.all([authenticatedApp.preload(), page]);
}

/**
 * Sign-in screen at /sign-in, the return from the server's sign-in page at /oauth/callback; every
 * other address needs a sign-in and opens the console shell.
 */
export function App() {
  const { pathname } = useLocation();
  const login = useLogin();
  if (pathname === CALLBACK_PATH) {
    return (
      <Suspense fallback={<Loading label="Signing in…" />}>
        <CallbackPage />
      </Suspense>
    );
  }
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
