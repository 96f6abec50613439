import { Suspense, useEffect } from 'react';
import { forceNavigate } from '../router/navigation';
import { useAppPathname } from '../router/use-app-location';
import { CALLBACK_PATH } from '../session/oauth/callback-path';
import { currentPath, LOGIN_PATH, loginUrl } from '../session/return-path';
import { useLogin } from '../session/use-login';
import { Loading } from '../ui/spinner';
import type { Login } from '../session/login-store';
import { lazyPage } from './lazy-page';

// Both halves load on demand: a signed-in reload never downloads the login form, and the login
// screen never downloads the console (nor its router).
const loginPage = lazyPage(() => import('../session/login-page'));
const callbackPage = lazyPage(() => import('../session/oauth-callback-page'));
const authenticatedApp = lazyPage<{ login: Login }>(() => import('./authenticated-app'));
const LoginPage = loginPage.Page;
const CallbackPage = callbackPage.Page;
const AuthenticatedApp = authenticatedApp.Page;

/** Fetches the first screen's code before the first render, so it shows without a loading step. */
export function preloadFirstScreen(pathname: string, signedIn: boolean): Promise<unknown> {
  if (pathname === CALLBACK_PATH) return callbackPage.preload();
  // Signed out, every address leads to the sign-in screen: no console code before signing in.
  if (pathname === LOGIN_PATH || !signedIn) return loginPage.preload();
  return authenticatedApp.preload().then(() => import('./authenticated-app')).then((module) => module.preloadRoute());
}

/**
 * The sign-in screen at /sign-in, the return from the server's sign-in page at /oauth/callback;
 * every other address needs a sign-in and opens the console, with its router.
 */
export function App() {
  const pathname = useAppPathname();
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

/** No sign-in (a deep link opened while signed out, or another tab signed out): sign in first, then come back. */
function RedirectToLogin() {
  useEffect(() => {
    forceNavigate(loginUrl(currentPath()), { replace: true });
  }, []);
  return null;
}
